import { describe, expect, it } from 'vitest';
import { campaignClosed, OPEN_REVIEW_STATUSES } from '../../../domain/campaign/closing';
import { NOMINATION_STATUSES } from '../../../domain/status/machine';

const DEADLINE = '2023-10-20T15:59:59.999Z';
const EXTENSION = '2023-10-27T15:59:59.999Z';
const LATER = '2023-11-01T00:00:00Z';

describe('when a campaign is closed (personal data may be purged)', () => {
  it('is not before the last deadline, extensions included, and says until when in Beijing time', () => {
    const verdict = campaignClosed({ now: '2023-10-21T00:00:00Z', deadlines: [DEADLINE, EXTENSION], statusCounts: {} });
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('2023-10-27 23:59（北京时间）') });
    expect(campaignClosed({ now: DEADLINE, deadlines: [DEADLINE], statusCounts: {} }).ok).toBe(false);
    expect(campaignClosed({ now: '2023-10-20T16:00:00Z', deadlines: [DEADLINE], statusCounts: {} }).ok).toBe(true);
  });

  it('compares deadlines as instants, whatever their offsets', () => {
    // 23:59 in Beijing is earlier than 16:30 UTC the same day, though its string sorts after it.
    const deadlines = ['2023-10-20T23:59:59+08:00', '2023-10-20T16:30:00.000Z'];
    const verdict = campaignClosed({ now: '2023-10-20T16:10:00Z', deadlines, statusCounts: {} });
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('2023-10-21 00:30（北京时间）') });
    expect(campaignClosed({ now: '2023-10-20T16:31:00Z', deadlines, statusCounts: {} }).ok).toBe(true);
  });

  it.each(OPEN_REVIEW_STATUSES)('is not while a nomination is %s, and counts them by status', (status) => {
    const verdict = campaignClosed({ now: LATER, deadlines: [DEADLINE], statusCounts: { [status]: 2, recommended: 3 } });
    expect(verdict).toEqual({ ok: false, message: expect.stringMatching(/^还有 2 条推荐尚未作出最终决定/) });
  });

  it('is once every nomination is recommended, not recommended, withdrawn or a draft that can no longer be sent', () => {
    const final = NOMINATION_STATUSES.filter((s) => !OPEN_REVIEW_STATUSES.includes(s));
    expect(final).toEqual(['draft', 'recommended', 'not_recommended', 'withdrawn']);
    const statusCounts = Object.fromEntries(final.map((s) => [s, 1]));
    expect(campaignClosed({ now: LATER, deadlines: [DEADLINE, EXTENSION], statusCounts })).toEqual({ ok: true });
  });
});
