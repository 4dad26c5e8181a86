import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_DEMO_UNIT_ID } from '../../domain/demo/review-demo';
import { ADMIN, exportToEnd, openWorkbook, stored, unzipParts } from './exports/run';
import { dataOf, type Harness, openHarness } from './support/harness';
import { attachPassedMedia, CONTACT, SCORES, UNIT, VALID_FORM } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

interface DemoInvite {
  code: string;
  role: 'contact' | 'staff';
  expiresAt: string;
  status: string;
  usedByName: string | null;
}
interface Demo {
  unit: { id: string; name: string; test?: boolean };
  invites: { contact: DemoInvite | null; staff: DemoInvite | null };
  deadline: string;
  nominationStatus: string | null;
  note: string | null;
}

const DEMO_FORM = { ...VALID_FORM, name: '审核测试', idNumber: '11010519491231002X' };
const createDemo = async (renew = false) => dataOf(await h.call<Demo>(ADMIN, 'admin', { action: 'createReviewDemo', renew }));
const auditCount = () =>
  (h.runtime.connections.reader.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'createReviewDemo'").get() as { n: number }).n;

/** WeChat's reviewer redeems a demo code with a WeChat identity of their own; returns the bound user id. */
async function redeem(code: string, openid: string) {
  return dataOf(await h.callAsWechat<{ userId: string }>(openid, 'auth', { action: 'redeemInvite', code, name: '微信审核' })).userId;
}

/** The demo's reviewer signs in as its contact and submits a complete nomination; returns the demo and both users. */
async function demoSubmitted() {
  const demo = await createDemo();
  const contact = await redeem(demo.invites.contact?.code ?? '', 'o-wx-review-contact');
  const staff = await redeem(demo.invites.staff?.code ?? '', 'o-wx-review-staff');
  const draft = dataOf(await h.call<{ id: string; version: number }>(contact, 'nomination', { action: 'saveDraft', form: DEMO_FORM }));
  await attachPassedMedia(h, draft.id);
  const sent = dataOf(await h.call<{ id: string; version: number }>(contact, 'nomination', { action: 'submit', version: draft.version }));
  return { demo, contact, staff, nomination: sent };
}

/** A real unit's nomination, submitted, accepted by the staff and scored by both experts. */
async function realScored() {
  const draft = dataOf(await h.call<{ id: string; version: number }>(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
  await attachPassedMedia(h, draft.id);
  const sent = dataOf(await h.call<{ id: string; version: number }>(CONTACT, 'nomination', { action: 'submit', version: draft.version }));
  dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: sent.id, version: sent.version }));
  for (const expert of ['expert-1', 'expert-2'])
    dataOf(await h.call(expert, 'review', { action: 'score', nominationId: sent.id, scores: SCORES }));
  return sent.id;
}

const inboxTitles = async (userId: string) =>
  dataOf(await h.call<{ items: { title: string; body: string }[] }>(userId, 'notify', { action: 'inbox' })).items.map((i) => i.body);

describe('admin.createReviewDemo', () => {
  it('makes a test unit with a contact and a staff code, kept open until they expire, and the 审核备注 text', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00', frozenClock: true });
    expect(dataOf(await h.call(ADMIN, 'admin', { action: 'reviewDemo' }))).toBeNull();
    const demo = await createDemo();
    expect(demo.unit).toEqual({ id: REVIEW_DEMO_UNIT_ID, name: '微信审核体验单位', type: 'grassroots', test: true });
    expect(demo.invites.contact).toMatchObject({ role: 'contact', status: 'unused', expiresAt: '2023-11-09T01:00:00.000Z' });
    expect(demo.invites.staff).toMatchObject({ role: 'staff', status: 'unused', expiresAt: '2023-11-09T01:00:00.000Z' });
    expect(demo.invites.contact?.code).not.toBe(demo.invites.staff?.code);
    // The campaign closes on 10-20; the demo unit stays open while its codes work.
    expect(demo.deadline).toBe('2023-11-09T01:00:00.000Z');
    expect(demo.note).toContain(`输入邀请码 ${demo.invites.contact?.code}`);
    expect(demo.note).toContain(`输入邀请码 ${demo.invites.staff?.code}`);
    expect(demo.note).toContain('2023年11月9日前有效');
    expect(dataOf(await h.call(ADMIN, 'admin', { action: 'reviewDemo' }))).toEqual(demo);
    // On 邀请与单位 the unit and its codes carry the test flag.
    const units = dataOf(await h.call<{ items: { id: string; test?: boolean }[] }>(ADMIN, 'admin', { action: 'listUnits' })).items;
    expect(units.filter((u) => u.test).map((u) => u.id)).toEqual([REVIEW_DEMO_UNIT_ID]);
    const invites = dataOf(await h.call<{ items: { code: string; test: boolean }[] }>(ADMIN, 'auth', { action: 'listInvites' })).items;
    expect(
      invites
        .filter((i) => i.test)
        .map((i) => i.code)
        .sort(),
    ).toEqual([demo.invites.contact?.code, demo.invites.staff?.code].sort());
    expect(auditCount()).toBe(1);
  });

  it('is idempotent while the codes are fresh, replaces a used or near-expiry code, and renews both on request', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00', frozenClock: true });
    const first = await createDemo();
    expect(await createDemo()).toEqual(first);
    expect(auditCount()).toBe(1);

    // The contact code is used by a reviewer: the next create replaces it and keeps the staff code.
    await redeem(first.invites.contact?.code ?? '', 'o-first-reviewer');
    const used = dataOf(await h.call<Demo>(ADMIN, 'admin', { action: 'reviewDemo' }));
    expect(used.invites.contact).toMatchObject({ status: 'used', usedByName: '微信审核' });
    expect(used.note).toBeNull();
    const second = await createDemo();
    expect(second.invites.contact?.code).not.toBe(first.invites.contact?.code);
    expect(second.invites.contact?.status).toBe('unused');
    expect(second.invites.staff).toEqual(first.invites.staff);

    // Less than a week left: replaced, and the old one no longer signs in.
    h.advance(24 * 24 * 60 * 60 * 1000);
    const third = await createDemo();
    expect(third.invites.staff?.code).not.toBe(first.invites.staff?.code);
    expect(await h.callAsWechat('o-late', 'auth', { action: 'redeemInvite', code: first.invites.staff?.code })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_STATE', message: expect.stringContaining('作废') },
    });
    expect(third.deadline).toBe(third.invites.staff?.expiresAt);

    const renewed = await createDemo(true);
    expect(renewed.invites.contact?.code).not.toBe(third.invites.contact?.code);
    expect(renewed.invites.staff?.code).not.toBe(third.invites.staff?.code);
    expect(auditCount()).toBe(4);
    const units = dataOf(await h.call<{ items: { id: string }[] }>(ADMIN, 'admin', { action: 'listUnits' })).items;
    expect(units.filter((u) => u.id === REVIEW_DEMO_UNIT_ID)).toHaveLength(1);
  });

  it('refuses everyone but the admin, writing nothing', async () => {
    h = await openHarness();
    for (const who of ['staff-1', 'expert-1', CONTACT])
      expect(await h.call(who, 'admin', { action: 'createReviewDemo' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call(null, 'admin', { action: 'createReviewDemo' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await h.runtime.portsFor(null).db.read.units.get(REVIEW_DEMO_UNIT_ID)).toBeNull();
  });
});

describe('the review demo’s nomination is a test', () => {
  it('lets the reviewer submit after the campaign’s deadline and review it as staff bound to the test unit only', async () => {
    h = await openHarness({ now: '2023-10-25T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00' });
    const { staff, nomination } = await demoSubmitted();
    // The demo's staff sees the demo only, with its badge…
    const list = dataOf(
      await h.call<{ items: { id: string; test: boolean }[]; counts: Record<string, number> }>(staff, 'review', { action: 'list' }),
    );
    expect(list.items).toEqual([expect.objectContaining({ id: nomination.id, test: true })]);
    expect(list.counts.submitted).toBe(1);
    const detail = dataOf(await h.call<{ unit: { test?: boolean } }>(staff, 'review', { action: 'get', nominationId: nomination.id }));
    expect(detail.unit.test).toBe(true);
    dataOf(await h.call(staff, 'review', { action: 'accept', nominationId: nomination.id, version: nomination.version }));
    // …and never a real unit's (this one given more time, to be submitted at all).
    dataOf(await h.call(ADMIN, 'review', { action: 'extendDeadline', unitId: UNIT, deadline: '2023-10-31T23:59:59+08:00' }));
    const real = await realScored();
    expect(await h.call(staff, 'review', { action: 'get', nominationId: real })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await h.call(staff, 'review', { action: 'reveal', nominationId: real, field: 'phone' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dataOf(await h.call<{ items: unknown[] }>(staff, 'review', { action: 'list' })).items).toHaveLength(1);
  });

  it('reaches only the demo’s own reviewers, and real notices never reach them', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00' });
    const { staff, nomination } = await demoSubmitted();
    dataOf(await h.call(staff, 'review', { action: 'accept', nominationId: nomination.id, version: nomination.version }));
    await realScored();
    expect(await inboxTitles(staff)).toEqual([expect.stringContaining('微信审核体验单位提交了「审核测试」')]);
    const staffInbox = await inboxTitles('staff-1');
    expect(staffInbox.some((b) => b.includes('海淀区科学技术协会'))).toBe(true);
    expect(staffInbox.some((b) => b.includes('审核测试'))).toBe(false);
    const expertInbox = await inboxTitles('expert-1');
    expect(expertInbox.some((b) => b.includes('审核测试'))).toBe(false);
    expect(expertInbox.length).toBeGreaterThan(0);
  });

  it('is left out of the staff’s and experts’ lists, shown to the admin with its badge', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00' });
    const { staff, nomination } = await demoSubmitted();
    dataOf(await h.call(staff, 'review', { action: 'accept', nominationId: nomination.id, version: nomination.version }));
    const real = await realScored();
    type List = { items: { id: string; test: boolean }[]; counts: Record<string, number> };
    for (const who of ['staff-1', 'expert-1']) {
      const list = dataOf(await h.call<List>(who, 'review', { action: 'list' }));
      expect(list.items.map((i) => i.id)).toEqual([real]);
      expect(list.counts.accepted ?? 0).toBe(0);
    }
    const admin = dataOf(await h.call<List>(ADMIN, 'review', { action: 'list' }));
    expect(admin.items.map((i) => [i.id, i.test]).sort()).toEqual(
      [
        [nomination.id, true],
        [real, false],
      ].sort(),
    );
  });

  it('counts in no figure of the dashboard', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00' });
    type Dashboard = {
      unitsTotal: number;
      unitsSubmitted: number;
      byStatus: Record<string, number>;
      byUnitType: { type: string; total: number; submitted: number }[];
    };
    const before = dataOf(await h.call<Dashboard>(ADMIN, 'review', { action: 'dashboard' }));
    await demoSubmitted();
    await realScored();
    const after = dataOf(await h.call<Dashboard>(ADMIN, 'review', { action: 'dashboard' }));
    expect(after.unitsTotal).toBe(before.unitsTotal);
    expect(after.unitsSubmitted).toBe(1);
    expect(after.byStatus).toEqual({ scored: 1 });
    expect(after.byUnitType.find((t) => t.type === 'grassroots')).toEqual(before.byUnitType.find((t) => t.type === 'grassroots'));
  });

  it('is not ranked, and takes no decision', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00' });
    const { staff, nomination } = await demoSubmitted();
    const accepted = dataOf(
      await h.call<{ version: number }>(staff, 'review', { action: 'accept', nominationId: nomination.id, version: nomination.version }),
    );
    // An expert who opens it by its id may score it: harmless, as the ranking and the decision leave it out.
    dataOf(await h.call('expert-1', 'review', { action: 'score', nominationId: nomination.id, scores: SCORES }));
    const real = await realScored();
    const ranking = dataOf(await h.call<{ items: { id: string }[] }>(ADMIN, 'review', { action: 'ranking' }));
    expect(ranking.items.map((i) => i.id)).toEqual([real]);
    const refused = await h.call(ADMIN, 'review', {
      action: 'decide',
      nominationId: nomination.id,
      version: accepted.version + 1,
      decision: 'recommended',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_STATE', message: expect.stringContaining('测试推荐') } });
    expect((await h.runtime.portsFor(null).db.read.nominations.get(nomination.id))?.status).toBe('scored');
    const realRecord = await h.runtime.portsFor(null).db.read.nominations.get(real);
    dataOf(await h.call(ADMIN, 'review', { action: 'decide', nominationId: real, version: realRecord?.version, decision: 'recommended' }));
  });

  it('is in neither export', async () => {
    h = await openHarness({ now: '2023-10-10T09:00:00+08:00', deadline: '2023-10-20T23:59:59+08:00' });
    await demoSubmitted();
    await realScored();
    const xlsx = await exportToEnd(h, { format: 'xlsx' });
    const { header, body } = await openWorkbook(await stored(h, xlsx.result.fileId));
    const names = body.map((r) => r[header.indexOf('姓名')]);
    expect(names).toEqual([VALID_FORM.name]);
    const zip = await exportToEnd(h, { format: 'zip' });
    const folders = new Set([...(await unzipParts(h, zip.result)).keys()].filter((k) => k.includes('/')).map((k) => k.split('/')[0]));
    expect([...folders]).toEqual([`海淀区科学技术协会-${VALID_FORM.name}`]);
  });

  it('gets no deadline reminder, while a real unit with the same deadline does', async () => {
    // Not 2023-11-05 seven days on: the tests' New York zone changes its clock that day, which dayjs's utcOffset gets an hour wrong.
    h = await openHarness({ now: '2023-10-12T09:30:00+08:00', deadline: '2023-10-20T23:59:59+08:00', frozenClock: true });
    const demo = await createDemo();
    await redeem(demo.invites.contact?.code ?? '', 'o-wx-review-contact');
    // A real unit given the demo's own deadline, as the control.
    dataOf(await h.call(ADMIN, 'review', { action: 'extendDeadline', unitId: UNIT, deadline: demo.deadline }));
    const tick = async () =>
      dataOf(await h.callAsWechat<{ reminders: { units: string[] } | null }>(null, 'scheduler', { action: 'tick' }, 'wx_trigger'))
        .reminders;
    expect((await tick())?.units).not.toContain(REVIEW_DEMO_UNIT_ID);
    // Seven days before the demo's (and the control's) deadline.
    h.advance(23 * 24 * 60 * 60 * 1000);
    expect((await tick())?.units).toEqual([UNIT]);
  });
});
