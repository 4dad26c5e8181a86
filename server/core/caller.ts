import type { Role } from '../../domain/status/machine';
import type { Ports, Principal } from './ports';

/** The signed-in user of a request, as the server knows them (never as the event claims). */
export interface Caller {
  userId: string;
  role: Role;
  name: string;
  unitId: string | null;
  externalId: string | null;
}

export async function resolveCaller(ports: Ports): Promise<Caller | null> {
  return callerFor(ports, await ports.identity.principal());
}

/** The user the platform's principal is bound to, or null (signed out, or an OPENID with no role yet). */
export async function callerFor(ports: Ports, principal: Principal): Promise<Caller | null> {
  const user = principal.userId
    ? await ports.db.read.users.get(principal.userId)
    : principal.externalId
      ? await ports.db.read.users.findByExternalId(principal.externalId)
      : null;
  if (!user) return null;
  return { userId: user.id, role: user.role, name: user.name, unitId: user.unitId, externalId: principal.externalId };
}
