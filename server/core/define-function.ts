import type { z } from 'zod';
import type { Reply } from '../../domain/api/envelope';
import { type AdmitOptions, admitCaller, admitInput } from './access/admit';
import { accessRuleOf } from './access/policy';
import { spendRateToken } from './access/rate-limit';
import { AppError, fail, ok } from './app-error';
import { type Caller, callerFor } from './caller';
import type { Ports } from './ports';
import type { NominationRecord } from './repositories';
import { zodIssuesToFields } from './zod-fields';

export interface ActionContext {
  caller: Caller | null;
  ports: Ports;
  /** The event's `nominationId`, loaded through the caller's scope (rows whose records are `nomination`); else null. */
  nomination: NominationRecord | null;
}

/** An action: its input schema and its work. Who may call it is its row in `access/policy.ts`, nowhere else. */
export interface ActionSpec<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S;
  run(input: z.output<S>, ctx: ActionContext): Promise<R>;
}

export interface CloudFunction {
  name: string;
  actions: Readonly<Record<string, ActionSpec>>;
  handle(event: unknown, ports: Ports): Promise<Reply>;
}

/** Keeps each action's input type tied to its schema. */
export function action<S extends z.ZodType, R>(spec: ActionSpec<S, R>): ActionSpec {
  return spec as unknown as ActionSpec;
}

/**
 * One boundary for every function: action lookup, identity (from the platform only), the access
 * table (who, then which records), validation, the rate limits, error mapping. Nothing is written
 * before the call has passed all of them.
 */
export function defineFunction(name: string, actions: Record<string, ActionSpec>, options: AdmitOptions = {}): CloudFunction {
  return {
    name,
    actions,
    async handle(event, ports) {
      try {
        const actionName = readActionName(event);
        const spec = Object.hasOwn(actions, actionName) ? actions[actionName] : undefined;
        if (!spec) return fail('UNKNOWN_ACTION', `不支持的操作：${name}.${actionName}`);
        const rule = accessRuleOf(name, actionName);
        if (!rule) return fail('FORBIDDEN', `操作 ${name}.${actionName} 不在权限表中`);
        const principal = await ports.identity.principal();
        // The public rules stay readable to a deactivated person; every other call is refused with the reason.
        const caller = await callerFor(ports, principal, { onDeactivated: rule.who === 'anyone' ? 'signed-out' : 'refuse' });
        admitCaller(rule.who, principal, caller);
        const parsed = spec.input.safeParse(event);
        if (!parsed.success) {
          return fail('VALIDATION_FAILED', undefined, zodIssuesToFields(parsed.error.issues));
        }
        const nomination = await admitInput(rule, caller, parsed.data, ports, options);
        await spendRateToken(ports, rule.kind, principal, caller);
        return ok(await spec.run(parsed.data, { caller, ports, nomination }));
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.toReplyError() };
        console.error(`[${name}] unexpected error`, error);
        return fail('INTERNAL');
      }
    },
  };
}

function readActionName(event: unknown): string {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new AppError('VALIDATION_FAILED', '请求格式不正确');
  }
  const value = (event as { action?: unknown }).action;
  if (typeof value !== 'string' || value.length === 0) throw new AppError('UNKNOWN_ACTION', '缺少操作名称');
  return value;
}
