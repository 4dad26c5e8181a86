import { AppError } from '../app-error';
import type { Caller } from '../caller';
import type { Ports, Principal } from '../ports';
import type { NominationRecord } from '../repositories';
import { nominationFor } from './nomination-scope';
import type { AccessRule, Audience } from './policy';
import { assertSetupToken } from './setup-token';

// Calls a person can make; WeChat's timer and message push arrive from none of them.
const CLIENT_SOURCES = ['wx_client', 'wx_devtools', 'wx_http', 'wx_localdebug', 'local'];
const originOf = (principal: Principal) => principal.source?.split(',')[0] ?? '';
const hasPerson = (principal: Principal, caller: Caller | null) =>
  caller !== null || principal.externalId !== null || principal.userId !== null;

/** The audience part of a row: UNAUTHENTICATED when a person must be known and is not, FORBIDDEN otherwise. */
export function admitCaller(who: Audience, principal: Principal, caller: Caller | null): void {
  if (who === 'anyone' || who === 'admin-or-setup-token') return;
  if (who === 'timer') {
    if (hasPerson(principal, caller) || originOf(principal) !== 'wx_trigger')
      throw new AppError('FORBIDDEN', '只有定时触发器可以运行定时任务');
    return;
  }
  if (who === 'platform') {
    if (hasPerson(principal, caller) || !principal.source || CLIENT_SOURCES.includes(originOf(principal))) throw new AppError('FORBIDDEN');
    return;
  }
  if (who === 'unbound') {
    if (!principal.externalId) throw new AppError('UNAUTHENTICATED', '无法确认您的微信身份，请在微信中打开小程序');
    if (caller) throw new AppError('FORBIDDEN', '您的微信已绑定身份，无需再次使用邀请码');
    return;
  }
  if (!caller) throw new AppError('UNAUTHENTICATED');
  if (who !== 'signed-in' && !who.includes(caller.role)) throw new AppError('FORBIDDEN');
}

export interface AdmitOptions {
  /** SETUP_TOKEN of the deployment, for the `admin-or-setup-token` audience. */
  setupToken?: () => string | undefined;
}

/**
 * The parts of a row that need the parsed event: the setup token, and the record scope of an
 * event's `nominationId` (loaded once here, FORBIDDEN outside the caller's scope).
 */
export async function admitInput(
  rule: AccessRule,
  caller: Caller | null,
  input: unknown,
  ports: Ports,
  options: AdmitOptions,
): Promise<NominationRecord | null> {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as { token?: unknown; nominationId?: unknown };
  if (rule.who === 'admin-or-setup-token' && caller?.role !== 'admin') await assertSetupToken(ports, fields.token, options.setupToken?.());
  if (rule.records !== 'nomination' || typeof fields.nominationId !== 'string') return null;
  if (!caller) throw new AppError('UNAUTHENTICATED');
  return nominationFor(ports.db.read, caller, fields.nominationId);
}
