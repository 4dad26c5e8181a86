import { fail, ok } from '../core/app-error';
import type { CloudFunction } from '../core/define-function';
import { drainOutbox } from '../core/outbox';
import type { Ports } from '../core/ports';
import { remindDeadlines } from '../core/reminders';
import { toShanghai } from '../../domain/time/shanghai';

/** Beijing hours in which the timer also looks for reminders (idempotent per day, so any tick in them will do). */
export const REMINDER_HOURS = { from: 9, to: 10 } as const;

/** The event a timer trigger sends (`Type: 'Timer'`); clients cannot reach the scheduler any other way. */
interface TimerEvent {
  Type: 'Timer';
  TriggerName?: string;
  Time?: string;
}

function isTimerEvent(event: unknown): event is TimerEvent {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

async function tick(ports: Ports) {
  const hour = toShanghai(ports.clock.now()).hour();
  const reminders = hour >= REMINDER_HOURS.from && hour < REMINDER_HOURS.to ? await remindDeadlines(ports) : null;
  // After the reminders, so the ones announced on this tick go out on it too.
  const outbox = await drainOutbox(ports);
  return { reminders, outbox };
}

/** The timer-triggered function: deadline reminders, then the outbox. It has no client actions. */
export const schedulerFunction: CloudFunction = {
  name: 'scheduler',
  actions: {},
  async handle(event, ports) {
    if (!isTimerEvent(event)) return fail('UNKNOWN_ACTION', '定时任务没有可供调用的操作');
    // A timer runs with no user; a mini-program call always carries one, whatever its event says.
    const principal = await ports.identity.principal();
    if (principal.externalId || principal.userId) return fail('FORBIDDEN');
    try {
      return ok({ trigger: event.TriggerName ?? null, ...(await tick(ports)) });
    } catch (error) {
      console.error('[scheduler] tick failed', error);
      return fail('INTERNAL');
    }
  },
};
