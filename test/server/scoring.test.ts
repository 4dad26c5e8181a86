import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from './support/harness';
import { exportToEnd, openWorkbook, stored } from './exports/run';
import { attachPassedMedia, SCORES, VALID_FORM } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

const ADMIN = 'admin-1';
const HAIDIAN = 'contact-district-haidian';
const CHAOYANG = 'contact-district-chaoyang';
const EXPERTS = ['expert-1', 'expert-2'];

/** A contact's nomination, submitted and accepted by the staff, in a category, with an ID number. */
async function acceptedIn(contact: string, category: string, idNumber: string = VALID_FORM.idNumber) {
  const made = dataOf(
    await h.call<{ id: string; version: number }>(contact, 'nomination', {
      action: 'saveDraft',
      form: { ...VALID_FORM, category, idNumber },
    }),
  );
  await attachPassedMedia(h, made.id);
  const sent = dataOf(await h.call<{ id: string; version: number }>(contact, 'nomination', { action: 'submit', version: made.version }));
  dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: sent.id, version: sent.version }));
  return sent.id;
}

const read = () => h.runtime.portsFor(null).db.read;
const versionOf = async (id: string) => (await read().nominations.get(id))?.version ?? 0;
const auditOf = async (id: string) => (await read().audit.forNomination(id)).map((a) => a.action);
const score = (expert: string, nominationId: string, extra: Record<string, unknown> = {}) =>
  h.call(expert, 'review', { action: 'score', nominationId, scores: SCORES, ...extra });
const decide = async (nominationId: string, decision: string | null) =>
  h.call<{ version: number; status: string }>(ADMIN, 'review', {
    action: 'decide',
    nominationId,
    version: await versionOf(nominationId),
    decision,
  });

interface ListPage {
  items: { id: string; myScore?: string; duplicateUnits?: string[] }[];
  total: number;
  mine?: { assigned: number; done: number; draft: number; none: number };
}
const list = async (as: string, filters: Record<string, unknown> = {}) =>
  dataOf(await h.call<ListPage>(as, 'review', { action: 'list', ...filters }));

describe('an expert’s score', () => {
  it('is locked once final: SCORE_LOCKED, nothing changed, until the admin reopens it with a reason', async () => {
    h = await openHarness();
    const id = await acceptedIn(HAIDIAN, 'scientific-innovation');
    dataOf(await score('expert-1', id, { state: 'draft', scores: { political: 50 } }));
    dataOf(await score('expert-1', id, { state: 'draft', scores: { political: 60 } }));
    dataOf(await score('expert-1', id, { comment: '事迹突出' }));
    const locked = await score('expert-1', id, { state: 'draft', scores: { political: 1 } });
    expect(locked).toMatchObject({ ok: false, error: { code: 'SCORE_LOCKED', message: expect.stringContaining('不能再修改') } });
    const abstainLater = await score('expert-1', id, { state: 'abstained', reason: '与候选人是同事关系' });
    expect(abstainLater).toMatchObject({ ok: false, error: { code: 'SCORE_LOCKED' } });
    expect(await read().scores.get(id, 'expert-1')).toMatchObject({ state: 'final', scores: SCORES, comment: '事迹突出' });
    // Every edit is logged: two drafts and the final score.
    expect(await auditOf(id)).toEqual(expect.arrayContaining(['scoreDraft', 'scoreDraft', 'score']));
    expect((await auditOf(id)).filter((a) => a === 'scoreDraft')).toHaveLength(2);

    // Only the admin reopens, and only with a reason.
    for (const who of ['expert-1', 'expert-2', 'staff-1'])
      expect(
        await h.call(who, 'review', { action: 'reopenScore', nominationId: id, expertId: 'expert-1', reason: '专家申请更正' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    const noReason = await h.call(ADMIN, 'review', { action: 'reopenScore', nominationId: id, expertId: 'expert-1', reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: 'reason' }] } });
    expect((await read().scores.get(id, 'expert-1'))?.state).toBe('final');
    dataOf(await h.call(ADMIN, 'review', { action: 'reopenScore', nominationId: id, expertId: 'expert-1', reason: '专家申请更正笔误' }));
    expect(await read().scores.get(id, 'expert-1')).toMatchObject({ state: 'draft', scores: SCORES });
    const reopened = (await read().audit.forNomination(id)).find((a) => a.action === 'reopenScore');
    expect(reopened).toMatchObject({ actorId: ADMIN, detail: { expertId: 'expert-1', reason: '专家申请更正笔误', was: 'final' } });
    const told = dataOf(await h.call<{ items: { title: string; body: string }[] }>('expert-1', 'notify', { action: 'inbox' }));
    expect(told.items[0]).toMatchObject({ title: '评分已重新开放', body: expect.stringContaining('专家申请更正笔误') });
    dataOf(await score('expert-1', id, { scores: { ...SCORES, political: 70 } }));
    expect((await read().scores.get(id, 'expert-1'))?.scores.political).toBe(70);
  });

  it('abstains only with a declared reason, and an abstention is locked, audited and counts as done', async () => {
    h = await openHarness();
    const id = await acceptedIn(HAIDIAN, 'scientific-innovation');
    for (const reason of [undefined, '', '  ', '同事']) {
      const refused = await score('expert-2', id, { state: 'abstained', ...(reason === undefined ? {} : { reason }) });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('回避的原因'), fields: [{ path: 'reason' }] },
      });
    }
    expect(await read().scores.get(id, 'expert-2')).toBeNull();
    expect(await auditOf(id)).not.toContain('abstain');
    dataOf(await score('expert-2', id, { state: 'abstained', reason: '候选人是我指导过的博士生' }));
    expect(await read().scores.get(id, 'expert-2')).toMatchObject({ state: 'abstained', scores: {}, comment: '候选人是我指导过的博士生' });
    expect(await score('expert-2', id, {})).toMatchObject({
      ok: false,
      error: { code: 'SCORE_LOCKED', message: expect.stringContaining('回避') },
    });
    const entry = (await read().audit.forNomination(id)).find((a) => a.action === 'abstain');
    expect(entry).toMatchObject({ actorId: 'expert-2', detail: { reason: '候选人是我指导过的博士生' } });
    expect((await list('expert-2')).mine).toEqual({ assigned: 1, done: 1, draft: 0, none: 0 });
    // The contact's history does not show the abstention or its reason.
    const seen = dataOf(await h.call<{ history: { action: string }[] }>(HAIDIAN, 'nomination', { action: 'get' }));
    expect(seen.history.map((x) => x.action)).not.toContain('abstain');
  });
});

describe('the expert’s list', () => {
  it('counts 已评 from the expert’s own marks, filters by them, and is not moved by another expert', async () => {
    h = await openHarness();
    const a = await acceptedIn(HAIDIAN, 'scientific-innovation');
    const b = await acceptedIn(CHAOYANG, 'rural-revitalization');
    const c = await acceptedIn('contact-district-dongcheng', 'rural-revitalization');
    dataOf(await score('expert-2', a));
    dataOf(await score('expert-2', b));
    // expert-1 has scored nothing, whatever expert-2 did.
    expect((await list('expert-1')).mine).toEqual({ assigned: 3, done: 0, draft: 0, none: 3 });
    dataOf(await score('expert-1', a));
    dataOf(await score('expert-1', b, { state: 'draft', scores: { political: 10 } }));
    dataOf(await score('expert-1', c, { state: 'abstained', reason: '与候选人所在单位有合作项目' }));
    const mine = await list('expert-1');
    expect(mine.mine).toEqual({ assigned: 3, done: 2, draft: 1, none: 0 });
    expect(Object.fromEntries(mine.items.map((i) => [i.id, i.myScore]))).toEqual({ [a]: 'final', [b]: 'draft', [c]: 'abstained' });
    for (const [state, ids] of Object.entries({ final: [a], draft: [b], abstained: [c], none: [] })) {
      const page = await list('expert-1', { myScore: state });
      expect(page.items.map((i) => i.id)).toEqual(ids);
      expect(page.total).toBe(ids.length);
    }
    expect((await list('expert-2', { myScore: 'none' })).items.map((i) => i.id)).toEqual([c]);
    expect(await h.call('expert-1', 'review', { action: 'list', myScore: 'maybe' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: [{ path: 'myScore' }] },
    });
  });
});

describe('assigning experts', () => {
  it('by category and by nomination: an expert sees, opens and scores only what is assigned, and decisions wait only for them', async () => {
    h = await openHarness();
    const science = await acceptedIn(HAIDIAN, 'scientific-innovation');
    const rural = await acceptedIn(CHAOYANG, 'rural-revitalization');
    const extra = await acceptedIn('contact-district-dongcheng', 'new-forms-of-work');
    // Only the admin assigns.
    expect(await h.call('expert-1', 'review', { action: 'assignExperts', expertId: 'expert-1', all: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    dataOf(
      await h.call(ADMIN, 'review', {
        action: 'assignExperts',
        expertId: 'expert-2',
        categories: ['scientific-innovation'],
        nominationIds: [extra],
      }),
    );
    const overview = dataOf(
      await h.call<{ experts: { id: string; all: boolean; assigned: number }[] }>(ADMIN, 'review', { action: 'assignments' }),
    );
    expect(overview.experts).toEqual([
      expect.objectContaining({ id: 'expert-1', all: true, assigned: 3 }),
      expect.objectContaining({ id: 'expert-2', all: false, assigned: 2 }),
    ]);
    expect((await list('expert-2')).items.map((i) => i.id).sort()).toEqual([science, extra].sort());
    expect((await list('expert-2')).mine?.assigned).toBe(2);
    expect(await h.call('expert-2', 'review', { action: 'get', nominationId: rural })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await score('expert-2', rural)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await read().scores.get(rural, 'expert-2')).toBeNull();
    // The rural nomination waits for expert-1 only.
    expect(await decide(rural, 'recommended')).toMatchObject({
      ok: false,
      error: { code: 'SCORING_INCOMPLETE', message: expect.stringContaining('陈评审') },
    });
    dataOf(await score('expert-1', rural));
    dataOf(await decide(rural, 'recommended'));
    // An unknown category or a nomination not yet accepted cannot be assigned; nothing changes.
    const bad = await h.call(ADMIN, 'review', { action: 'assignExperts', expertId: 'expert-2', nominationIds: ['2023:district-xicheng'] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await h.call(ADMIN, 'review', { action: 'assignExperts', expertId: 'staff-1', all: true })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await read().assignments.get('2023'))?.experts['expert-2']).toEqual({
      categories: ['scientific-innovation'],
      nominationIds: [extra],
    });
    // Back to the default: everything.
    dataOf(await h.call(ADMIN, 'review', { action: 'assignExperts', expertId: 'expert-2', all: true }));
    expect((await list('expert-2')).mine?.assigned).toBe(3);
  });
});

describe('decisions', () => {
  it('are refused while an assigned expert has neither scored nor abstained, and when no one scored', async () => {
    h = await openHarness();
    const id = await acceptedIn(HAIDIAN, 'scientific-innovation');
    dataOf(await score('expert-1', id));
    const early = await decide(id, 'recommended');
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'SCORING_INCOMPLETE', message: expect.stringContaining('1 位专家未完成评分') },
    });
    // A draft is not done.
    dataOf(await score('expert-2', id, { state: 'draft', scores: { political: 5 } }));
    expect(await decide(id, 'not_recommended')).toMatchObject({ ok: false, error: { code: 'SCORING_INCOMPLETE' } });
    expect((await read().nominations.get(id))?.review.decision).toBeUndefined();
    dataOf(await score('expert-2', id, { state: 'abstained', reason: '候选人是我的亲属' }));
    const drafted = dataOf(await decide(id, 'recommended'));
    expect(drafted.status).toBe('scored');

    // Everyone abstained: nothing to decide from.
    const other = await acceptedIn(CHAOYANG, 'scientific-innovation');
    for (const e of EXPERTS) dataOf(await score(e, other, { state: 'abstained', reason: '与推荐单位有利益关系' }));
    expect(await decide(other, 'recommended')).toMatchObject({ ok: false, error: { code: 'SCORING_INCOMPLETE' } });
  });

  it('are drafted, changeable, and published together: statuses move, the units are told, the audit shows each step', async () => {
    h = await openHarness();
    const a = await acceptedIn(HAIDIAN, 'scientific-innovation');
    const b = await acceptedIn(CHAOYANG, 'rural-revitalization');
    for (const id of [a, b]) for (const e of EXPERTS) dataOf(await score(e, id));
    dataOf(await decide(a, 'not_recommended'));
    dataOf(await decide(a, 'recommended'));
    dataOf(await decide(b, 'not_recommended'));
    expect((await read().nominations.get(a))?.status).toBe('scored');
    const contactInbox = async (who: string) =>
      dataOf(await h.call<{ items: { title: string }[] }>(who, 'notify', { action: 'inbox' })).items.map((i) => i.title);
    expect(await contactInbox(HAIDIAN)).not.toContain('候选人已被推荐');
    // Only the admin publishes.
    expect(await h.call('staff-1', 'review', { action: 'publishDecisions' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const ranking = dataOf(await h.call<{ unpublished: number }>(ADMIN, 'review', { action: 'ranking' }));
    expect(ranking.unpublished).toBe(2);
    expect(dataOf(await h.call(ADMIN, 'review', { action: 'publishDecisions' }))).toEqual({
      published: 2,
      recommended: 1,
      notRecommended: 1,
    });
    expect((await read().nominations.get(a))?.status).toBe('recommended');
    expect((await read().nominations.get(b))?.status).toBe('not_recommended');
    expect(await contactInbox(HAIDIAN)).toContain('候选人已被推荐');
    expect(await contactInbox(CHAOYANG)).toContain('评选结果已确定');
    const outbox = h.runtime.connections.reader
      .prepare("SELECT user_id FROM outbox WHERE template = 'decision' ORDER BY user_id")
      .all() as { user_id: string }[];
    expect(outbox.map((r) => r.user_id)).toEqual([CHAOYANG, HAIDIAN]);
    expect(await auditOf(a)).toEqual(expect.arrayContaining(['draftDecision', 'draftDecision', 'decide']));
    // Published is final: no change, no second publish.
    expect(await decide(a, 'not_recommended')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(await h.call(ADMIN, 'review', { action: 'publishDecisions' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    expect(
      await h.call(ADMIN, 'review', { action: 'reopenScore', nominationId: a, expertId: 'expert-1', reason: '专家申请更正' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE' },
    });
  });

  it('refuse to publish past a category’s quota, naming the category, and publish nothing', async () => {
    h = await openHarness();
    await h.runtime.portsFor(null).db.transaction(async (tx) => {
      const campaign = await tx.campaigns.get('2023');
      if (!campaign) throw new Error('no campaign');
      await tx.campaigns.put({ ...campaign, categories: campaign.categories.map((c) => ({ ...c, quota: 1 })) });
    });
    const a = await acceptedIn(HAIDIAN, 'rural-revitalization');
    const b = await acceptedIn(CHAOYANG, 'rural-revitalization');
    const c = await acceptedIn('contact-district-dongcheng', 'scientific-innovation');
    for (const id of [a, b, c]) for (const e of EXPERTS) dataOf(await score(e, id));
    for (const id of [a, b, c]) dataOf(await decide(id, 'recommended'));
    const refused = await h.call(ADMIN, 'review', { action: 'publishDecisions' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'QUOTA_EXCEEDED', message: expect.stringContaining('「乡村振兴新型女农人」最多推荐 1 名') },
    });
    for (const id of [a, b, c]) expect((await read().nominations.get(id))?.status).toBe('scored');
    const ranking = dataOf(
      await h.call<{ categories: { key: string; quota: number; drafted: number }[] }>(ADMIN, 'review', { action: 'ranking' }),
    );
    expect(ranking.categories.find((x) => x.key === 'rural-revitalization')).toMatchObject({ quota: 1, drafted: 2 });
    // Withdrawing one draft brings it within the quota.
    dataOf(await decide(b, null));
    expect(dataOf(await h.call(ADMIN, 'review', { action: 'publishDecisions' }))).toEqual({
      published: 2,
      recommended: 2,
      notRecommended: 0,
    });
    expect((await read().nominations.get(b))?.status).toBe('scored');
  });

  it('refuse to publish when a drafted decision’s score was reopened since', async () => {
    h = await openHarness();
    const a = await acceptedIn(HAIDIAN, 'rural-revitalization');
    for (const e of EXPERTS) dataOf(await score(e, a));
    dataOf(await decide(a, 'recommended'));
    dataOf(await h.call(ADMIN, 'review', { action: 'reopenScore', nominationId: a, expertId: 'expert-2', reason: '评分与评语不一致' }));
    // Reopening drops the draft that rested on the score.
    expect((await read().nominations.get(a))?.review.decision).toBeNull();
    expect(await h.call(ADMIN, 'review', { action: 'publishDecisions' })).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
  });
});

describe('the ranking', () => {
  it('shows per-criterion scores, comments, the spread with outliers, the duplicate flag and the quota', async () => {
    h = await openHarness();
    const a = await acceptedIn(HAIDIAN, 'scientific-innovation');
    dataOf(await score('expert-1', a, { comment: '事迹突出' }));
    dataOf(await score('expert-2', a, { scores: { political: 20, achievements: 20, influence: 20, materials: 20 }, comment: '材料单薄' }));
    // The same candidate from another unit, submitted: a duplicate; a third unit's draft of her is not.
    const other = dataOf(await h.call<{ id: string; version: number }>(CHAOYANG, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
    await attachPassedMedia(h, other.id);
    dataOf(await h.call(CHAOYANG, 'nomination', { action: 'submit', version: other.version }));
    dataOf(await h.call('contact-district-dongcheng', 'nomination', { action: 'saveDraft', form: VALID_FORM }));
    type Ranking = {
      categories: { key: string; quota: number }[];
      outlierPoints: number;
      items: {
        id: string;
        spread: number;
        wideSpread: boolean;
        duplicateUnits: string[];
        byCriterion: Record<string, number>;
        experts: { expertId: string; scores: Record<string, number>; comment: string; outlier: boolean }[];
      }[];
    };
    const r = dataOf(await h.call<Ranking>(ADMIN, 'review', { action: 'ranking' }));
    expect(r.categories.map((c) => c.quota)).toEqual([3, 3, 3, 3]);
    const item = r.items.find((i) => i.id === a);
    expect(item?.experts.map((e) => [e.expertId, e.scores.political, e.comment])).toEqual([
      ['expert-1', 90, '事迹突出'],
      ['expert-2', 20, '材料单薄'],
    ]);
    expect(item?.byCriterion.political).toBe(55);
    expect(item?.wideSpread).toBe(true);
    expect(item?.spread).toBeGreaterThan(r.outlierPoints);
    // Two experts: no single one is the outlier.
    expect(item?.experts.every((e) => !e.outlier)).toBe(true);
    expect(item?.duplicateUnits).toEqual(['朝阳区科学技术协会']);
    // The list shows the same names to staff; the draft of 东城 counts nowhere.
    const staffList = await list('staff-1');
    expect(staffList.items.find((i) => i.id === a)?.duplicateUnits).toEqual(['朝阳区科学技术协会']);
    expect(staffList.items.find((i) => i.id === other.id)?.duplicateUnits).toEqual(['海淀区科学技术协会']);
    const detail = dataOf(await h.call<{ duplicateUnits: string[] }>('staff-1', 'review', { action: 'get', nominationId: a }));
    expect(detail.duplicateUnits).toEqual(['朝阳区科学技术协会']);
    // Withdrawn: no longer a duplicate.
    const chaoyang = dataOf(await h.call<{ version: number }>(CHAOYANG, 'nomination', { action: 'get' }));
    dataOf(await h.call(CHAOYANG, 'nomination', { action: 'withdraw', version: chaoyang.version }));
    expect((await list('staff-1')).items.find((i) => i.id === a)?.duplicateUnits).toEqual([]);
  });

  it('names the other units in one roster column, submitted ones only', async () => {
    h = await openHarness();
    await acceptedIn(HAIDIAN, 'scientific-innovation');
    await acceptedIn(CHAOYANG, 'scientific-innovation');
    dataOf(await h.call('contact-district-dongcheng', 'nomination', { action: 'saveDraft', form: VALID_FORM }));
    const { result } = await exportToEnd(h, { format: 'xlsx' });
    const { header, body } = await openWorkbook(await stored(h, result.fileId));
    const at = header.indexOf('重复推荐（其他单位）');
    expect(at).toBeGreaterThan(-1);
    const byUnit = Object.fromEntries(body.map((row) => [row[header.indexOf('推荐单位')], row[at]]));
    expect(byUnit).toEqual({ 海淀区科学技术协会: '朝阳区科学技术协会', 朝阳区科学技术协会: '海淀区科学技术协会' });
  });
});

describe('at the scale of a real campaign', () => {
  it('300 nominations: each expert’s 已评 counts their own work right after the other scores, and the ranking holds all', async () => {
    h = await openHarness();
    const { idNumber: _none, ...form } = VALID_FORM;
    const categories = ['scientific-innovation', 'manufacturing-and-services', 'new-forms-of-work', 'rural-revitalization'];
    await h.runtime.portsFor(null).db.transaction(async (tx) => {
      for (let i = 0; i < 300; i++) {
        const unitId = `grassroots-scale-${i}`;
        await tx.units.put({ id: unitId, name: `规模测试单位${i}`, type: 'grassroots' });
        const at = new Date(Date.UTC(2023, 9, 1, 0, 0, i)).toISOString();
        await tx.nominations.insert({
          id: `2023:${unitId}`,
          campaignId: '2023',
          unitId,
          status: 'accepted',
          version: 1,
          form: { ...form, name: `候选人${i}`, category: categories[i % 4] },
          createdAt: at,
          updatedAt: at,
          submittedAt: at,
          review: {},
        });
      }
    });
    for (let i = 0; i < 23; i++) dataOf(await score('expert-2', `2023:grassroots-scale-${i}`));
    expect((await list('expert-1')).mine).toEqual({ assigned: 300, done: 0, draft: 0, none: 300 });
    expect((await list('expert-2')).mine).toEqual({ assigned: 300, done: 23, draft: 0, none: 277 });
    expect((await list('expert-2', { myScore: 'final' })).total).toBe(23);
    expect((await list('expert-1', { myScore: 'none' })).total).toBe(300);
    const ranking = dataOf(await h.call<{ items: { count: number }[] }>(ADMIN, 'review', { action: 'ranking' }));
    expect(ranking.items).toHaveLength(300);
    expect(ranking.items.filter((i) => i.count === 1)).toHaveLength(23);
  });
});
