import type { Role } from '../../domain/status/machine';
import type { Repositories } from './repositories';

/**
 * The reviewers of a role who hear of a nomination. A test unit's (the review demo) reaches only
 * the reviewers bound to that unit, and a real one only the reviewers bound to none: the WeChat
 * reviewer never learns of a real candidate, and real staff and experts are not bothered by the demo.
 */
export async function reviewersOf(repos: Repositories, role: Exclude<Role, 'contact'>, unitId: string | null): Promise<string[]> {
  const [users, unit] = await Promise.all([repos.users.byRole(role), unitId ? repos.units.get(unitId) : null]);
  const bound = unit?.test ? unit.id : null;
  return users.filter((u) => (u.unitId ?? null) === bound).map((u) => u.id);
}
