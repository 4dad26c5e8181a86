import type { z } from 'zod';
import type { Reply } from '../../domain/api/envelope';
import type { Role } from '../../domain/status/machine';
import { AppError, fail, ok } from './app-error';
import { resolveCaller, type Caller } from './caller';
import type { Ports } from './ports';
import { zodIssuesToFields } from './zod-fields';

/** Who may call an action: anyone (even signed out), any signed-in user, or the listed roles. */
export type Access = 'anyone' | 'signed-in' | readonly Role[];

export interface ActionContext {
  caller: Caller | null;
  ports: Ports;
}

export interface ActionSpec<S extends z.ZodType = z.ZodType, R = unknown> {
  access: Access;
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

/** One boundary for every function: action lookup, identity, access, validation, error mapping. */
export function defineFunction(name: string, actions: Record<string, ActionSpec>): CloudFunction {
  return {
    name,
    actions,
    async handle(event, ports) {
      try {
        const actionName = readActionName(event);
        const spec = Object.hasOwn(actions, actionName) ? actions[actionName] : undefined;
        if (!spec) return fail('UNKNOWN_ACTION', `不支持的操作：${name}.${actionName}`);
        const caller = await resolveCaller(ports);
        assertAccess(spec.access, caller);
        const parsed = spec.input.safeParse(event);
        if (!parsed.success) {
          return fail('VALIDATION_FAILED', undefined, zodIssuesToFields(parsed.error.issues));
        }
        return ok(await spec.run(parsed.data, { caller, ports }));
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

function assertAccess(access: Access, caller: Caller | null): void {
  if (access === 'anyone') return;
  if (!caller) throw new AppError('UNAUTHENTICATED');
  if (access === 'signed-in') return;
  if (!access.includes(caller.role)) throw new AppError('FORBIDDEN');
}
