import fs from 'node:fs';
import path from 'node:path';
import { storeUpload } from '../../../server/core/uploads';
import { fixturesDir } from '../media/support';
import { dataOf, type Harness } from './harness';
import { accepted, attachPassedMedia, CONTACT, draft, SCORES, scored, submitted, UNIT, VALID_FORM } from './nominations';

/** The states a row's event may need its nomination (of UNIT) in. */
export type NominationState = 'draft' | 'draft-with-media' | 'submitted' | 'accepted' | 'scored';

export interface Fixture {
  h: Harness;
  /** UNIT's nomination in `state` (or in the state the case forces, to test a role's scope). */
  nomination(state: NominationState): Promise<{ id: string; version: number }>;
}

/** Opens a fixture; `force` puts the nomination in another state than the row asks for. */
export function fixture(h: Harness, force?: NominationState): Fixture {
  return {
    h,
    async nomination(state) {
      const wanted = force ?? state;
      if (wanted === 'draft') return draft(h);
      if (wanted === 'draft-with-media') {
        const made = await draft(h);
        await attachPassedMedia(h, made.id);
        return made;
      }
      return { submitted, accepted, scored }[wanted](h);
    },
  };
}

const photoIds = async (f: Fixture, nominationId: string) =>
  (await f.h.runtime.portsFor(null).db.read.media.forNomination(nominationId)).filter((m) => m.kind === 'photo').map((m) => m.id);

async function inviteCode(f: Fixture) {
  return dataOf(await f.h.call<{ code: string }>('admin-1', 'auth', { action: 'createInvite', role: 'expert' })).code;
}

async function uploadedPhoto(f: Fixture) {
  const bytes = fs.readFileSync(path.join(fixturesDir, 'recurser_exif-orientation-examples__Landscape_0.jpg'));
  const contact = { userId: CONTACT, role: 'contact' as const, name: '', unitId: UNIT, externalId: null };
  return (await storeUpload(f.h.runtime.portsFor(null), contact, 'photo', 'photo.jpg', bytes)).fileId;
}

type EventFactory = (f: Fixture) => Promise<Record<string, unknown>>;

/**
 * A valid event for every row of the access table, for the callers the row admits: `ok: true`
 * for them. The fixture is made before the walk's snapshot, so only the call itself may change it.
 */
export const ACCESS_EVENTS: Record<string, EventFactory> = {
  'auth.whoami': async () => ({}),
  'auth.redeemInvite': async (f) => ({ code: await inviteCode(f) }),
  'auth.createInvite': async () => ({ role: 'expert' }),
  'auth.listInvites': async () => ({}),
  'auth.revokeInvite': async (f) => ({ code: await inviteCode(f) }),
  'campaign.current': async () => ({}),
  'nomination.get': async (f) => {
    await f.nomination('draft');
    return {};
  },
  'nomination.saveDraft': async (f) => ({ version: (await f.nomination('draft')).version, form: VALID_FORM }),
  'nomination.submit': async (f) => ({ version: (await f.nomination('draft-with-media')).version, consent: true }),
  'nomination.withdraw': async (f) => ({ version: (await f.nomination('draft')).version }),
  'nomination.printable': async (f) => ({ nominationId: (await f.nomination('submitted')).id }),
  'media.check': async (f) => {
    await f.nomination('draft');
    return { fileId: await uploadedPhoto(f), kind: 'photo' };
  },
  'media.remove': async (f) => ({ mediaId: (await photoIds(f, (await f.nomination('draft-with-media')).id))[0] }),
  'media.reorder': async (f) => ({ photoIds: (await photoIds(f, (await f.nomination('draft-with-media')).id)).reverse() }),
  'media.contentCheckResult': async () => ({ traceId: 'trace-walk', suggest: 'pass' }),
  'review.dashboard': async () => ({}),
  'review.list': async (f) => {
    await f.nomination('accepted');
    return {};
  },
  'review.ranking': async () => ({}),
  'review.get': async (f) => ({ nominationId: (await f.nomination('accepted')).id }),
  'review.reveal': async (f) => ({ nominationId: (await f.nomination('submitted')).id, field: 'idNumber' }),
  'review.paperReceived': async (f) => ({ nominationId: (await f.nomination('submitted')).id, copies: 2 }),
  'review.return': async (f) => {
    const n = await f.nomination('submitted');
    return { nominationId: n.id, version: n.version, reasons: [{ path: 'honors', message: '请补充荣誉的授予单位' }] };
  },
  'review.accept': async (f) => {
    const n = await f.nomination('submitted');
    return { nominationId: n.id, version: n.version };
  },
  'review.score': async (f) => ({ nominationId: (await f.nomination('accepted')).id, scores: SCORES }),
  'review.decide': async (f) => {
    const n = await f.nomination('scored');
    return { nominationId: n.id, version: n.version, decision: 'recommended' };
  },
  'review.reopenScore': async (f) => ({
    nominationId: (await f.nomination('scored')).id,
    expertId: 'expert-1',
    reason: '专家申请更正笔误',
  }),
  'review.publishDecisions': async (f) => {
    const n = await f.nomination('scored');
    dataOf(await f.h.call('admin-1', 'review', { action: 'decide', nominationId: n.id, version: n.version, decision: 'recommended' }));
    return {};
  },
  'review.assignments': async () => ({}),
  'review.assignExperts': async () => ({ expertId: 'expert-2', categories: ['scientific-innovation'] }),
  'review.export': async () => ({ format: 'xlsx' }),
  'review.extendDeadline': async () => ({ unitId: UNIT, deadline: '2099-10-27T23:59:59+08:00' }),
  // A unit with nothing submitted: its contact is reminded.
  'review.remind': async () => ({ unitId: 'district-chaoyang' }),
  'notify.inbox': async () => ({}),
  'notify.markRead': async () => ({ ids: 'all' }),
  'notify.subscriptions': async () => ({}),
  // No answers: valid for every role, since template keys are per role (their refusal is tested in subscribe.test.ts).
  'notify.subscribe': async () => ({ results: {} }),
  'admin.setup': async () => ({}),
  'admin.listUnits': async () => ({}),
  'admin.addUnit': async () => ({ name: '测试学会', type: 'society' }),
  'admin.updateUnit': async () => ({ unitId: UNIT, name: '海淀区科协（新）' }),
  'admin.createReviewDemo': async () => ({}),
  'admin.reviewDemo': async () => ({}),
  'admin.activityLog': async () => ({ actorId: 'staff-1' }),
  'admin.people': async () => ({}),
  'admin.setActive': async () => ({ userId: 'expert-2', active: false }),
  // Purging needs a closed campaign: past the local deadline (30 days after the first start) with nothing under review.
  'admin.purgePersonalData': async (f) => {
    f.h.advance(40 * 24 * 60 * 60 * 1000);
    return { campaignId: f.h.runtime.campaign.id };
  },
  'scheduler.tick': async () => ({}),
};
