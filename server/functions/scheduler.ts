import { z } from 'zod';
import { action, defineFunction } from '../core/define-function';
import { drainOutbox } from '../core/outbox';
import type { Ports } from '../core/ports';
import { remindDeadlines } from '../core/reminders';
import { cleanStorage } from '../core/storage/cleanup';
import { toShanghai } from '../../domain/time/shanghai';

/** Beijing hours in which the timer also looks for reminders (idempotent per day, so any tick in them will do). */
export const REMINDER_HOURS = { from: 9, to: 10 } as const;

/** The event a timer trigger sends (`Type: 'Timer'`). */
interface TimerEvent {
  Type: 'Timer';
  TriggerName?: string;
  Time?: string;
}

function isTimerEvent(event: unknown): event is TimerEvent {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

/**
 * The cloud entry's translation: a timer event becomes `tick`; anything else names no action, so
 * a client cannot reach the scheduler by naming one (and `scheduler.tick` also admits only the timer's SOURCE).
 */
export function fromTimer(event: unknown): unknown {
  return isTimerEvent(event) ? { action: 'tick', trigger: event.TriggerName ?? null } : { action: undefined };
}

/** One run of the timer's work; the local runtime calls it on the same timetable as the cloud trigger. */
export async function schedulerTick(ports: Ports) {
  const hour = toShanghai(ports.clock.now()).hour();
  const reminders = hour >= REMINDER_HOURS.from && hour < REMINDER_HOURS.to ? await remindDeadlines(ports) : null;
  // After the reminders, so the ones announced on this tick go out on it too.
  const outbox = await drainOutbox(ports);
  // Last: a tick cut short by the platform has sent its messages; the files wait for the next one.
  const storage = await cleanStorage(ports);
  return { reminders, outbox, storage };
}

/** The timer-triggered function: deadline reminders, the outbox, then expired files. It has no client actions. */
export const schedulerFunction = defineFunction('scheduler', {
  tick: action({
    input: z.object({ trigger: z.string().max(64).nullable().default(null) }),
    run: async ({ trigger }, { ports }) => ({ trigger, ...(await schedulerTick(ports)) }),
  }),
});
