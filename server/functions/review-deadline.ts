import { z } from 'zod';
import { AppError } from '../core/app-error';
import { currentCampaign } from '../core/campaign-service';
import { action } from '../core/define-function';
import { formatShanghai } from '../../domain/time/shanghai';
import { unitContacts } from '../core/review-service';
import { announce } from '../core/notifications';
import { calendarDaysLeft } from '../core/reminders';

export const reviewDeadlineActions = {
  /** The admin gives one unit more time (or takes the extension back with `deadline: null`). */
  extendDeadline: action({
    input: z.object({
      unitId: z.string().min(1).max(64),
      deadline: z.iso.datetime({ offset: true, message: '请给出带时区的截止时间，如 2023-10-27T23:59:59+08:00' }).nullable(),
    }),
    async run({ unitId, deadline }, { caller, ports }) {
      if (!caller) throw new AppError('UNAUTHENTICATED');
      const now = ports.clock.now();
      return ports.db.transaction(async (tx) => {
        const campaign = await currentCampaign(ports, tx);
        const unit = await tx.units.get(unitId);
        if (!unit) throw new AppError('NOT_FOUND', '没有这个推荐单位');
        const instant = deadline === null ? null : new Date(deadline).toISOString();
        if (instant !== null && instant <= campaign.deadline) throw new AppError('VALIDATION_FAILED', '延期后的截止时间应晚于活动截止时间');
        await tx.units.setDeadline(campaign.id, unitId, instant);
        await tx.audit.append({
          nominationId: null,
          actorId: caller.userId,
          action: 'extendDeadline',
          fromStatus: null,
          toStatus: null,
          at: now.toISOString(),
          detail: { unitId, deadline: instant },
        });
        if (instant) {
          await announce(
            tx,
            {
              eventKey: `extended:${campaign.id}:${unitId}:${instant}`,
              userIds: await unitContacts(tx, unitId),
              title: '报送截止时间已延长',
              body: `主办单位已将本单位的报送截止时间延长至 ${formatShanghai(instant, 'YYYY年M月D日 HH:mm')}（北京时间）。`,
              page: '/pages/home/index',
              // The deadline template's own values, so its keywords are filled as for a reminder.
              template: 'deadline',
              data: { title: campaign.title, unit: unit.name, deadline: instant, days: String(calendarDaysLeft(now, instant)) },
            },
            now,
          );
        }
        return { unitId, deadline: instant ?? campaign.deadline, extended: instant !== null };
      });
    },
  }),
};
