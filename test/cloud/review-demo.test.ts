import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { REVIEW_DEMO_UNIT_ID } from '../../domain/demo/review-demo';
import { type Cloud, dataOf, openCloud } from './support/cloud';
import { DoubleCommand } from './support/double-query';
import { DATA_KEY, IT_OPENID, openCampaign, SETUP_TOKEN, UNIT } from './support/journey';

let cloud: Cloud;
let demoNomination = '';
let realNomination = '';

interface Demo {
  unit: { id: string; test?: boolean };
  invites: { contact: { code: string } | null; staff: { code: string } | null };
}

/** Moves a stored nomination on, as the reviewers' steps would (those need checked media in the double). */
function setStatus(id: string, status: string) {
  const doc = cloud.double.database.collections.get('nominations')?.get(id);
  if (!doc) throw new Error(`no nomination ${id}`);
  doc.status = status;
}

beforeAll(async () => {
  vi.stubEnv('SETUP_TOKEN', SETUP_TOKEN);
  vi.stubEnv('JINGUO_DATA_KEY', DATA_KEY);
  cloud = openCloud();
  dataOf(await cloud.call('admin', { action: 'setup', token: SETUP_TOKEN, name: '刘伟', campaign: openCampaign(new Date()) }, IT_OPENID));
  const demo = dataOf(await cloud.call<Demo>('admin', { action: 'createReviewDemo' }, IT_OPENID));
  dataOf(await cloud.call('auth', { action: 'redeemInvite', code: demo.invites.contact?.code }, 'o-wx-review-contact'));
  dataOf(await cloud.call('auth', { action: 'redeemInvite', code: demo.invites.staff?.code }, 'o-wx-review-staff'));
  const { code } = dataOf(await cloud.call<{ code: string }>('auth', { action: 'createInvite', role: 'contact', unitId: UNIT }, IT_OPENID));
  dataOf(await cloud.call('auth', { action: 'redeemInvite', code }, 'o-haidian'));
  demoNomination = dataOf(
    await cloud.call<{ id: string }>('nomination', { action: 'saveDraft', form: { name: '审核测试' } }, 'o-wx-review-contact'),
  ).id;
  realNomination = dataOf(
    await cloud.call<{ id: string }>('nomination', { action: 'saveDraft', form: { name: '王小红' } }, 'o-haidian'),
  ).id;
  setStatus(demoNomination, 'accepted');
  setStatus(realNomination, 'accepted');
});
afterAll(() => vi.unstubAllEnvs());

/** The nomination queries since `from` that left units out with `nin`. */
const ninQueries = (from: number) =>
  cloud.double.database.calls.slice(from).filter((c) => {
    const where = (c as { where?: Record<string, unknown> }).where;
    return c.collection === 'nominations' && c.op === 'get' && JSON.stringify(where ?? {}).includes(REVIEW_DEMO_UNIT_ID) && hasNin(where);
  });
const hasNin = (where: unknown): boolean =>
  where instanceof DoubleCommand
    ? where.op === 'nin' || (Array.isArray(where.operand) && where.operand.some(hasNin))
    : typeof where === 'object' && where !== null && Object.values(where).some(hasNin);

describe('the review demo on the cloud database (bundled functions, wx-sdk double)', () => {
  it('stores the test flag on the unit document', () => {
    expect(cloud.double.database.collections.get('units')?.get(REVIEW_DEMO_UNIT_ID)).toMatchObject({ test: true });
  });

  it('leaves the test nomination out of the dashboard’s counts and the ranking, by a nin on its unit', async () => {
    const from = cloud.double.database.calls.length;
    const dashboard = dataOf(
      await cloud.call<{ unitsTotal: number; unitsSubmitted: number; byStatus: Record<string, number> }>(
        'review',
        { action: 'dashboard' },
        IT_OPENID,
      ),
    );
    expect(dashboard).toMatchObject({ unitsTotal: 26, unitsSubmitted: 1, byStatus: { accepted: 1 } });
    const ranking = dataOf(await cloud.call<{ items: { id: string }[] }>('review', { action: 'ranking' }, IT_OPENID));
    expect(ranking.items.map((i) => i.id)).toEqual([realNomination]);
    // countByStatus, the dashboard's listing and the ranking's: each asks the database to leave the test unit out.
    expect(ninQueries(from).length).toBeGreaterThanOrEqual(3);
  });

  it('shows it to the admin with its badge and to the demo’s staff alone', async () => {
    type List = { items: { id: string; test: boolean }[] };
    const admin = dataOf(await cloud.call<List>('review', { action: 'list' }, IT_OPENID));
    expect(admin.items.find((i) => i.id === demoNomination)?.test).toBe(true);
    expect(admin.items.find((i) => i.id === realNomination)?.test).toBe(false);
    const staff = dataOf(await cloud.call<List>('review', { action: 'list' }, 'o-wx-review-staff'));
    expect(staff.items.map((i) => i.id)).toEqual([demoNomination]);
    expect(await cloud.call('review', { action: 'get', nominationId: realNomination }, 'o-wx-review-staff')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
