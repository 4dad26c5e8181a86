import schedulerConfig from '../../cloudfunctions/scheduler/config.json';
import { schedulerTick } from '../functions/scheduler';
import type { Clock, Ports } from '../core/ports';
import { type CronTimetable, parseCron } from './cron-timetable';

/** The cloud timer's own cron (cloudfunctions/scheduler/config.json), so both runtimes keep one timetable. */
export const CLOUD_SCHEDULER_CRON: string = (() => {
  const trigger = schedulerConfig.triggers.find((t) => t.type === 'timer');
  if (!trigger) throw new Error('cloudfunctions/scheduler/config.json has no timer trigger');
  return trigger.config;
})();

export interface SchedulerTimer {
  stop(): void;
}

/**
 * Runs the scheduler's tick (reminders, then the outbox) at each instant of the timetable, as read on
 * the runtime's clock (which may start at `NOW`); a tick that fails is logged and the next one still runs.
 */
export function startSchedulerTimer(
  ports: () => Ports,
  clock: Clock,
  options: { timetable?: CronTimetable; onTick?: (result: Awaited<ReturnType<typeof schedulerTick>>) => void } = {},
): SchedulerTimer {
  const timetable = options.timetable ?? parseCron(CLOUD_SCHEDULER_CRON);
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const arm = () => {
    if (stopped) return;
    const now = clock.now();
    const delay = Math.max(0, timetable.nextAfter(now).getTime() - now.getTime());
    timer = setTimeout(async () => {
      try {
        options.onTick?.(await schedulerTick(ports()));
      } catch (error) {
        console.error('[scheduler]', error);
      }
      arm();
    }, delay);
    timer.unref();
  };
  arm();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
