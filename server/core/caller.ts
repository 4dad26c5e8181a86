import type { Role } from '../../domain/status/machine';
import type { Ports } from './ports';

/** The signed-in user of a request, as the server knows them (never as the event claims). */
export interface Caller {
  userId: string;
  role: Role;
  name: string;
  unitId: string | null;
  externalId: string | null;
}

export async function resolveCaller(ports: Ports): Promise<Caller | null> {
  const principal = await ports.identity.principal();
  const user = principal.userId
    ? await ports.db.read.users.get(principal.userId)
    : principal.externalId
      ? await ports.db.read.users.findByExternalId(principal.externalId)
      : null;
  if (!user) return null;
  return { userId: user.id, role: user.role, name: user.name, unitId: user.unitId, externalId: principal.externalId };
}
