import type { Role } from '../../domain/status/machine';
import type { Ports, Principal } from './ports';
import { AppError } from './app-error';
import { REVIEW_QUEUE_MESSAGES } from '../../domain/review/queue-messages';

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

/**
 * The user the platform's principal is bound to, or null (signed out, or an OPENID with no role yet).
 * A deactivated person is no caller from the moment the admin deactivates them: signed out, or (`refuse`)
 * refused with UNAUTHENTICATED and a message that says why.
 */
export async function callerFor(
  ports: Ports,
  principal: Principal,
  options: { onDeactivated: 'signed-out' | 'refuse' } = { onDeactivated: 'signed-out' },
): Promise<Caller | null> {
  const user = principal.userId
    ? await ports.db.read.users.get(principal.userId)
    : principal.externalId
      ? await ports.db.read.users.findByExternalId(principal.externalId)
      : null;
  if (!user) return null;
  if (user.deactivatedAt) {
    if (options.onDeactivated === 'refuse') throw new AppError('UNAUTHENTICATED', REVIEW_QUEUE_MESSAGES.deactivated);
    return null;
  }
  return { userId: user.id, role: user.role, name: user.name, unitId: user.unitId, externalId: principal.externalId };
}
