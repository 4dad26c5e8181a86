import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN } from './support/journey';

let cloud: Cloud;
const ids: Record<string, string> = {};
const EXPERT_1 = 'o-expert-1';
const EXPERT_2 = 'o-expert-2';
const SCORES = { political: 90, achievements: 85, influence: 80, materials: 95 };
let expert1Id = '';
let expert2Id = '';

/** Moves a stored nomination on, as the staff's accept would (that needs checked media in the double). */
function setStatus(id: string, status: string) {
  const doc = cloud.double.database.collections.get('nominations')?.get(id);
  if (!doc) throw new Error(`no nomination ${id}`);
  doc.status = status;
}

async function invited(role: string, openid: string, unitId?: string) {
  const { code } = dataOf(
    await cloud.call<{ code: string }>('auth', { action: 'createInvite', role, ...(unitId ? { unitId } : {}) }, IT_OPENID),
  );
  dataOf(await cloud.call('auth', { action: 'redeemInvite', code, name: openid.endsWith('1') ? '陈评审' : '李评审' }, openid));
  return dataOf(await cloud.call<{ userId: string }>('auth', { action: 'whoami' }, openid)).userId;
}

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(new Date()) }, IT_OPENID));
  expert1Id = await invited('expert', EXPERT_1);
  expert2Id = await invited('expert', EXPERT_2);
  for (const [unit, category] of [
    ['district-haidian', 'scientific-innovation'],
    ['district-chaoyang', 'rural-revitalization'],
  ]) {
    await invited('contact', `o-${unit}`, unit);
    ids[unit] = dataOf(
      await cloud.call<{ id: string }>('nomination', { action: 'saveDraft', form: { name: unit, category } }, `o-${unit}`),
    ).id;
    setStatus(ids[unit], 'accepted');
  }
});
afterAll(() => vi.unstubAllEnvs());

type List = { items: { id: string; myScore: string }[]; mine: { assigned: number; done: number } };
const list = async (openid: string, filters: Record<string, unknown> = {}) =>
  dataOf(await cloud.call<List>('review', { action: 'list', ...filters }, openid));
const versionOf = (id: string) => Number(cloud.double.database.collections.get('nominations')?.get(id)?.version);

describe('scoring on the cloud database (bundled functions, wx-sdk double)', () => {
  it('assigns experts in its own collection and scopes the expert’s list by it', async () => {
    dataOf(await cloud.call('review', { action: 'assignExperts', expertId: expert2Id, categories: ['rural-revitalization'] }, IT_OPENID));
    expect(cloud.double.database.collections.get('review_assignments')?.get('2023')).toMatchObject({
      experts: { [expert2Id]: { categories: ['rural-revitalization'], nominationIds: [] } },
    });
    expect((await list(EXPERT_2)).items.map((i) => i.id)).toEqual([ids['district-chaoyang']]);
    expect((await list(EXPERT_1)).mine).toEqual({ assigned: 2, done: 0, draft: 0, none: 2 });
    const refused = await cloud.call('review', { action: 'score', nominationId: ids['district-haidian'], scores: SCORES }, EXPERT_2);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('reads an expert’s marks by one paged query on expertId, past the cloud database’s 100 a page', async () => {
    dataOf(await cloud.call('review', { action: 'score', nominationId: ids['district-haidian'], scores: SCORES }, EXPERT_1));
    // 120 older scores of this expert sort before the real one: the real one is on the second page.
    const scores = cloud.double.database.collections.get('scores');
    for (let i = 0; i < 120; i++)
      scores?.set(`old-${i}`, {
        nominationId: `2023:a-${String(i).padStart(3, '0')}`,
        expertId: expert1Id,
        state: 'final',
        scores: {},
        comment: null,
        updatedAt: '2023-10-01T00:00:00Z',
      });
    const from = cloud.double.database.calls.length;
    const finals = await list(EXPERT_1, { myScore: 'final' });
    expect(finals.items.map((i) => i.id)).toEqual([ids['district-haidian']]);
    expect(finals.mine).toEqual({ assigned: 2, done: 1, draft: 0, none: 1 });
    const byExpert = cloud.double.database.calls
      .slice(from)
      .filter((c) => c.collection === 'scores' && c.op === 'get' && JSON.stringify((c as { where?: unknown }).where).includes('expertId'));
    expect(byExpert.length).toBe(2);
  });

  it('locks a final score, refuses an early decision, and publishes drafted decisions in one transaction', async () => {
    const haidian = ids['district-haidian'];
    expect(await cloud.call('review', { action: 'score', nominationId: haidian, scores: SCORES, state: 'draft' }, EXPERT_1)).toMatchObject({
      ok: false,
      error: { code: 'SCORE_LOCKED' },
    });
    const chaoyang = ids['district-chaoyang'];
    dataOf(await cloud.call('review', { action: 'score', nominationId: chaoyang, scores: SCORES }, EXPERT_1));
    const early = await cloud.call(
      'review',
      { action: 'decide', nominationId: chaoyang, version: versionOf(chaoyang), decision: 'recommended' },
      IT_OPENID,
    );
    expect(early).toMatchObject({ ok: false, error: { code: 'SCORING_INCOMPLETE', message: expect.stringContaining('李评审') } });
    const noReason = await cloud.call('review', { action: 'score', nominationId: chaoyang, state: 'abstained' }, EXPERT_2);
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: 'reason' }] } });
    dataOf(await cloud.call('review', { action: 'score', nominationId: chaoyang, state: 'abstained', reason: '与候选人是同事' }, EXPERT_2));
    // Haidian is expert-1's alone (expert-2 scores rural only): complete.
    for (const id of [haidian, chaoyang])
      dataOf(
        await cloud.call('review', { action: 'decide', nominationId: id, version: versionOf(id), decision: 'recommended' }, IT_OPENID),
      );
    expect(cloud.double.database.collections.get('nominations')?.get(chaoyang)?.status).toBe('scored');
    const published = dataOf(await cloud.call('review', { action: 'publishDecisions' }, IT_OPENID));
    expect(published).toEqual({ published: 2, recommended: 2, notRecommended: 0 });
    for (const id of [haidian, chaoyang]) expect(cloud.double.database.collections.get('nominations')?.get(id)?.status).toBe('recommended');
    const outbox = [...(cloud.double.database.collections.get('outbox')?.values() ?? [])].filter((m) => m.template === 'decision');
    expect(outbox).toHaveLength(2);
    // The ranking reads the scores of all its nominations by `in` on nominationId, not one query each.
    const from = cloud.double.database.calls.length;
    type Ranking = { items: { id: string; experts: { name: string; myScore: string; comment: string | null }[] }[] };
    const ranking = dataOf(await cloud.call<Ranking>('review', { action: 'ranking' }, IT_OPENID));
    const experts = ranking.items.find((i) => i.id === chaoyang)?.experts.map((e) => [e.name, e.myScore, e.comment]);
    expect(experts?.sort()).toEqual([
      ['李评审', 'abstained', '与候选人是同事'],
      ['陈评审', 'final', null],
    ]);
    expect(cloud.double.database.calls.slice(from).filter((c) => c.collection === 'scores' && c.op === 'get')).toHaveLength(1);
  });
});
