import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from './support/harness';
import { attachPassedMedia, CONTACT, submitted, VALID_FORM } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });

describe('nomination drafts', () => {
  it('keeps whatever was typed, with warnings, and bumps the version', async () => {
    h = await open();
    const first = dataOf(
      await h.call<{ version: number; warnings: { path: string }[] }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { name: 'A', idNumber: '123' },
      }),
    );
    expect(first.version).toBe(1);
    expect(first.warnings.map((w) => w.path).sort()).toEqual(['idNumber', 'name']);
    const second = dataOf(
      await h.call<{ version: number }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        version: 1,
        form: { name: '李娜', deeds: '字'.repeat(1500) },
      }),
    );
    expect(second.version).toBe(2);
    const got = dataOf(await h.call<{ form: Record<string, string>; status: string }>(CONTACT, 'nomination', { action: 'get' }));
    expect(got.form.deeds).toHaveLength(1500);
    expect(got.status).toBe('draft');
  });

  it('refuses a stale version with VERSION_CONFLICT and changes nothing', async () => {
    h = await open();
    dataOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', form: { name: '李娜' } }));
    dataOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', version: 1, form: { name: '王芳' } }));
    expect(await h.call(CONTACT, 'nomination', { action: 'saveDraft', version: 1, form: { name: '张丽' } })).toMatchObject({
      error: { code: 'VERSION_CONFLICT' },
    });
    expect(await h.call(CONTACT, 'nomination', { action: 'saveDraft', form: { name: '张丽' } })).toMatchObject({
      error: { code: 'VERSION_CONFLICT' },
    });
    expect(dataOf(await h.call<{ form: { name: string } }>(CONTACT, 'nomination', { action: 'get' })).form.name).toBe('王芳');
  });

  it('holds one nomination per unit even when two phones create it at once', async () => {
    h = await open();
    const replies = await Promise.all(
      [0, 1, 2, 3].map((i) => h.call(CONTACT, 'nomination', { action: 'saveDraft', form: { name: `候选${i}` } })),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual([
      'VERSION_CONFLICT',
      'VERSION_CONFLICT',
      'VERSION_CONFLICT',
    ]);
    const rows = h.runtime.connections.reader
      .prepare('SELECT COUNT(*) AS n FROM nominations WHERE unit_id = ?')
      .get('district-haidian') as { n: number };
    expect(rows.n).toBe(1);
  });
});

describe('submit', () => {
  it('lists every failing field, and the missing media, in one reply', async () => {
    h = await open();
    const draft = dataOf(
      await h.call<{ version: number }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { name: 'A', idNumber: '110105194912310011', phone: '123', deeds: '字'.repeat(1001) },
      }),
    );
    const reply = await h.call(CONTACT, 'nomination', { action: 'submit', version: draft.version });
    if (reply.ok) throw new Error('expected a refusal');
    expect(reply.error.code).toBe('VALIDATION_FAILED');
    const byPath = Object.fromEntries((reply.error.fields ?? []).map((f) => [f.path, f]));
    expect(Object.keys(byPath).sort()).toEqual(
      [
        'category',
        'deeds',
        'education',
        'ethnicity',
        'idNumber',
        'name',
        'phone',
        'photos',
        'politicalStatus',
        'unitOpinion',
        'video',
        'workUnitAndPost',
      ].sort(),
    );
    expect(byPath.idNumber.code).toBe('ID_NOT_FEMALE');
    expect(byPath.deeds.message).toContain('1000');
    expect(dataOf(await h.call<{ status: string }>(CONTACT, 'nomination', { action: 'get' })).status).toBe('draft');
  });

  it('submits a complete nomination, notifies the staff, and is idempotent on retry', async () => {
    h = await open();
    const draft = dataOf(
      await h.call<{ id: string; version: number }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        form: { ...VALID_FORM, idNumber: '11010519491231002x', phone: '138 0013 8000' },
      }),
    );
    await attachPassedMedia(h, draft.id);
    const first = dataOf(
      await h.call<{ status: string; version: number }>(CONTACT, 'nomination', { action: 'submit', version: draft.version }),
    );
    expect(first.status).toBe('submitted');
    const retry = dataOf(
      await h.call<{ status: string; version: number }>(CONTACT, 'nomination', { action: 'submit', version: draft.version }),
    );
    expect(retry).toEqual(first);
    const stored = dataOf(await h.call<{ form: Record<string, string> }>(CONTACT, 'nomination', { action: 'get' }));
    expect(stored.form.idNumber).toBe('11010519491231002X');
    expect(stored.form.phone).toBe('13800138000');
    const inbox = dataOf(await h.call<{ items: { title: string }[]; unread: number }>('staff-1', 'notify', { action: 'inbox' }));
    expect(inbox.unread).toBe(1);
    expect(inbox.items[0].title).toBe('收到新的推荐材料');
  });

  it('refuses too few photos or no video', async () => {
    h = await open();
    const draft = dataOf(await h.call<{ id: string; version: number }>(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
    await attachPassedMedia(h, draft.id, 1, false);
    const reply = await h.call(CONTACT, 'nomination', { action: 'submit', version: draft.version });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', fields: [{ path: 'photos' }, { path: 'video' }] } });
  });

  it('refuses edits and submits after the deadline with DEADLINE_PASSED', async () => {
    h = await openHarness({ now: '2023-10-21T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
    expect(await h.call(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM })).toMatchObject({
      error: { code: 'DEADLINE_PASSED' },
    });
  });

  it('lets a unit go on after the deadline when the admin extended it for that unit only', async () => {
    h = await openHarness({ now: '2023-10-21T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
    const extend = { action: 'extendDeadline', unitId: 'district-haidian', deadline: '2023-10-27T23:59:59+08:00' };
    expect(await h.call('staff-1', 'review', extend)).toMatchObject({ error: { code: 'FORBIDDEN' } });
    dataOf(await h.call('admin-1', 'review', extend));
    expect(dataOf(await h.call<{ unitDeadline: string }>(CONTACT, 'campaign', { action: 'current' })).unitDeadline).toBe(
      '2023-10-27T15:59:59.000Z',
    );
    dataOf(await h.call(CONTACT, 'nomination', { action: 'saveDraft', form: VALID_FORM }));
    const other = await h.call('contact-district-xicheng', 'nomination', { action: 'saveDraft', form: VALID_FORM });
    expect(other).toMatchObject({ error: { code: 'DEADLINE_PASSED' } });
    const inbox = dataOf(await h.call<{ items: { title: string }[] }>(CONTACT, 'notify', { action: 'inbox' }));
    expect(inbox.items[0].title).toBe('报送截止时间已延长');
  });
});

describe('the review loop', () => {
  it('returns with reasons, the contact fixes and resubmits, staff accept, experts score, the admin decides', async () => {
    h = await open();
    const sent = await submitted(h);
    const forStaff = dataOf(
      await h.call<{ form: Record<string, string>; version: number }>('staff-1', 'review', { action: 'get', nominationId: sent.id }),
    );
    expect(forStaff.form.idNumber).toBe('110105********002X');
    const forExpert = await h.call('expert-1', 'review', { action: 'get', nominationId: sent.id });
    // Not accepted yet: outside the experts' scope.
    expect(forExpert).toMatchObject({ error: { code: 'FORBIDDEN' } });

    dataOf(
      await h.call('staff-1', 'review', {
        action: 'return',
        nominationId: sent.id,
        version: forStaff.version,
        reasons: [{ path: 'honors', message: '请补充荣誉的授予单位' }],
      }),
    );
    const back = dataOf(await h.call<{ status: string; version: number }>(CONTACT, 'nomination', { action: 'get' }));
    expect(back.status).toBe('returned');
    const fixed = dataOf(
      await h.call<{ version: number }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        version: back.version,
        form: { ...VALID_FORM, honors: '2022年 北京市三八红旗手（北京市妇联）' },
      }),
    );
    dataOf(await h.call(CONTACT, 'nomination', { action: 'submit', version: fixed.version }));

    const again = dataOf(await h.call<{ version: number }>('staff-1', 'review', { action: 'get', nominationId: sent.id }));
    dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: sent.id, version: again.version }));
    dataOf(await h.call('staff-1', 'review', { action: 'paperReceived', nominationId: sent.id, copies: 2 }));
    const scores = { political: 90, achievements: 85, influence: 80, materials: 95 };
    dataOf(await h.call('expert-1', 'review', { action: 'score', nominationId: sent.id, scores }));
    dataOf(await h.call('expert-2', 'review', { action: 'score', nominationId: sent.id, scores: { ...scores, achievements: 95 } }));
    const forExpertNow = dataOf(
      await h.call<{ form: Record<string, unknown> }>('expert-1', 'review', { action: 'get', nominationId: sent.id }),
    );
    expect(forExpertNow.form.idNumber).toBeUndefined();
    expect(forExpertNow.form.phone).toBeUndefined();

    const ranking = dataOf(
      await h.call<{ items: { id: string; average: number; version: number }[] }>('admin-1', 'review', { action: 'ranking' }),
    );
    // (86.25 + 90.25) / 2 = 88.25, shown to one decimal.
    expect(ranking.items[0].average).toBe(88.3);
    dataOf(
      await h.call('admin-1', 'review', {
        action: 'decide',
        nominationId: sent.id,
        version: ranking.items[0].version,
        decision: 'recommended',
      }),
    );
    dataOf(await h.call('admin-1', 'review', { action: 'publishDecisions' }));
    const end = dataOf(await h.call<{ status: string; history: { action: string }[] }>(CONTACT, 'nomination', { action: 'get' }));
    expect(end.status).toBe('recommended');
    expect(end.history.map((x) => x.action)).toEqual(
      expect.arrayContaining(['create', 'submit', 'return', 'accept', 'paperReceived', 'score', 'decide']),
    );
    const contactInbox = dataOf(await h.call<{ items: { title: string }[] }>(CONTACT, 'notify', { action: 'inbox' }));
    expect(contactInbox.items.map((i) => i.title)).toEqual(
      expect.arrayContaining(['推荐材料被退回修改', '推荐材料已通过形式审查', '候选人已被推荐']),
    );
  });

  it('logs every reveal of an ID number', async () => {
    h = await open();
    const sent = await submitted(h);
    const revealed = dataOf(
      await h.call<{ value: string }>('staff-1', 'review', { action: 'reveal', nominationId: sent.id, field: 'idNumber' }),
    );
    expect(revealed.value).toBe('11010519491231002X');
    const log = h.runtime.connections.reader.prepare("SELECT actor_id FROM audit_log WHERE action = 'reveal'").all();
    expect(log).toEqual([{ actor_id: 'staff-1' }]);
    expect(await h.call('expert-1', 'review', { action: 'reveal', nominationId: sent.id, field: 'idNumber' })).toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
  });
});
