import { afterEach, describe, expect, it } from 'vitest';
import { paperCodeFromScan } from '../../domain/review/paper-code';
import type { NominationStatus } from '../../domain/status/machine';
import { shortCodeOf } from '../../server/core/short-code';
import { dataOf, type Harness, openHarness } from './support/harness';
import { attachPassedMedia, CONTACT, submitted, VALID_FORM } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());

interface ListItem {
  id: string;
  name: string;
  status: NominationStatus;
  category: string;
  shortCode: string;
}
interface ListPage {
  items: ListItem[];
  nextCursor: string | null;
  total: number;
  counts: Record<string, number>;
}

const CATEGORIES = ['scientific-innovation', 'manufacturing-and-services', 'new-forms-of-work', 'rural-revitalization'];

/** `n` submitted nominations of test units, one a second, #0 the oldest. */
async function seedSubmitted(n: number) {
  const ports = h.runtime.portsFor(null);
  await ports.db.transaction(async (tx) => {
    for (let i = 0; i < n; i++) {
      const unitId = `grassroots-queue-${i}`;
      await tx.units.put({ id: unitId, name: `队列基层组织${i}`, type: 'grassroots' });
      const at = new Date(Date.UTC(2023, 9, 1, 0, 0, i)).toISOString();
      await tx.nominations.insert({
        id: `2023:${unitId}`,
        campaignId: '2023',
        unitId,
        status: 'submitted',
        version: 1,
        form: { ...VALID_FORM, name: `候选人${i}`, category: CATEGORIES[i % 4] },
        createdAt: at,
        updatedAt: at,
        submittedAt: at,
        review: {},
      });
    }
  });
}

const list = (filters: Record<string, unknown>, as = 'staff-1') =>
  h.call<ListPage>(as, 'review', { action: 'list', ...filters }).then(dataOf);

describe("the staff's queue", () => {
  it('moves an accepted nomination out of 已提交 at once, and the next one is the one that stood below it', async () => {
    h = await openHarness();
    await seedSubmitted(5);
    const before = await list({ status: 'submitted' });
    expect(before.items.map((i) => i.name)).toEqual(['候选人4', '候选人3', '候选人2', '候选人1', '候选人0']);
    expect(before.counts).toMatchObject({ submitted: 5, accepted: 0 });
    const [first, second] = before.items;
    dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: first.id, version: 1 }));
    const after = await list({ status: 'submitted' });
    expect(after.items.map((i) => i.id)).not.toContain(first.id);
    expect(after.counts).toMatchObject({ submitted: 4, accepted: 1 });
    // 保存并下一条: the first of the filtered list after the one just handled, though it no longer matches.
    const next = await list({ status: 'submitted', cursor: first.id, limit: 1 });
    expect(next.items.map((i) => i.id)).toEqual([second.id]);
    // Without a status filter the handled one keeps its place (the order is by submission, not by the last change).
    const everything = await list({});
    expect(everything.items[0].id).toBe(first.id);
    expect((await list({ cursor: first.id, limit: 1 })).items[0].id).toBe(second.id);
  });

  it('counts the status tabs within the other filters', async () => {
    h = await openHarness();
    await seedSubmitted(8);
    const rural = await list({ category: 'rural-revitalization' });
    expect(rural.counts.submitted).toBe(2);
    expect(rural.total).toBe(2);
    const found = await list({ q: '候选人7' });
    expect(found.counts.submitted).toBe(1);
  });

  it('reaches the 300th nomination in three pages of 100', async () => {
    h = await openHarness();
    await seedSubmitted(300);
    const seen: string[] = [];
    let cursor: string | null = null;
    let calls = 0;
    do {
      const page: ListPage = await list({ limit: 100, ...(cursor ? { cursor } : {}) });
      calls++;
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(calls).toBe(3);
    expect(new Set(seen).size).toBe(300);
    expect(seen[299]).toBe('候选人0');
    expect((await h.call('staff-1', 'review', { action: 'list', limit: 101 })).ok).toBe(false);
  });

  it('finds a nomination by its 登记码, typed in any case, with or without the dash', async () => {
    h = await openHarness();
    await seedSubmitted(30);
    const id = '2023:grassroots-queue-17';
    const code = shortCodeOf(id);
    for (const typed of [code, code.replace('-', ''), code.toLowerCase()]) {
      const page = await list({ q: typed });
      expect(page.items.map((i) => i.id)).toEqual([id]);
      expect(page.items[0].shortCode).toBe(code);
    }
  });

  it('refuses a cursor that names no nomination, in Chinese', async () => {
    h = await openHarness();
    const reply = await h.call('staff-1', 'review', { action: 'list', cursor: 'nothing-here' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '列表位置已失效，请刷新列表' } });
  });
});

describe('paper forms', () => {
  it('records the Beijing day the post arrived, by default today in Beijing, never the UTC date', async () => {
    // 07:30 in Beijing on 10月13日 is still 10月12日 in UTC.
    h = await openHarness({ now: '2023-10-12T23:30:00Z', deadline: '2023-10-20T23:59:59+08:00', frozenClock: true });
    const sent = await submitted(h);
    const paper = dataOf(
      await h.call<{ paper: { receivedOn: string } }>('staff-1', 'review', { action: 'paperReceived', nominationId: sent.id, copies: 2 }),
    );
    expect(paper.paper.receivedOn).toBe('2023-10-13');
    const edited = dataOf(
      await h.call<{ paper: { receivedOn: string } }>('staff-1', 'review', {
        action: 'paperReceived',
        nominationId: sent.id,
        copies: 2,
        receivedOn: '2023-10-11',
      }),
    );
    expect(edited.paper.receivedOn).toBe('2023-10-11');
  });

  it('refuses a day after today in Beijing, and changes nothing', async () => {
    h = await openHarness({ now: '2023-10-12T23:30:00Z', deadline: '2023-10-20T23:59:59+08:00', frozenClock: true });
    const sent = await submitted(h);
    const reply = await h.call('staff-1', 'review', {
      action: 'paperReceived',
      nominationId: sent.id,
      copies: 2,
      receivedOn: '2023-10-14',
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '收到日期不能晚于今天（北京时间）' } });
    const record = await h.runtime.portsFor(null).db.read.nominations.get(sent.id);
    expect(record?.review.paper ?? null).toBeNull();
    expect(record?.version).toBe(sent.version);
  });

  it('is found from the 登记表 QR code: the scan names the review page with the 登记码', async () => {
    h = await openHarness();
    const sent = await submitted(h);
    const code = shortCodeOf(sent.id);
    expect(paperCodeFromScan({ result: `packages/review/pages/detail/index?code=${code}` })).toBe(code);
    expect(paperCodeFromScan({ result: '', path: `packages/review/pages/detail/index?code=${encodeURIComponent(code)}` })).toBe(code);
    // The older 登记表s carry `jinguo:nomination:<id>:<code>`: still read.
    expect(paperCodeFromScan({ result: `jinguo:nomination:${sent.id}:${code}` })).toBe(code);
    expect(paperCodeFromScan({ result: 'https://example.com/other' })).toBeNull();
    expect((await list({ q: code })).items.map((i) => i.id)).toEqual([sent.id]);
  });
});

interface Changes {
  since: string;
  fields: { field: string; before: string | null; after: string | null }[];
  photos: { added: string[]; removed: string[] };
  video: { added: string[]; removed: string[] };
}

describe('what changed after a resubmit', () => {
  it('lists each changed field with before and after, and the photos added and removed since the return', async () => {
    h = await openHarness();
    const sent = await submitted(h);
    const ports = h.runtime.portsFor(null);
    const photosBefore = (await ports.db.read.media.forNomination(sent.id)).filter((m) => m.kind === 'photo');
    const returned = dataOf(
      await h.call<{ version: number }>('staff-1', 'review', {
        action: 'return',
        nominationId: sent.id,
        version: sent.version,
        reasons: [{ path: 'photos', message: '工作照为证件照，请更换' }],
      }),
    );
    const whileReturned = dataOf(await h.call<{ changes: Changes | null }>('staff-1', 'review', { action: 'get', nominationId: sent.id }));
    expect(whileReturned.changes).toBeNull();
    // The unit edits one field and the phone, swaps a photo, and submits again.
    const saved = dataOf(
      await h.call<{ version: number }>(CONTACT, 'nomination', {
        action: 'saveDraft',
        version: returned.version,
        form: { ...VALID_FORM, workUnitAndPost: '北京市海淀区某研究所 高级工程师', phone: '13912345678' },
      }),
    );
    await ports.db.transaction((tx) => tx.media.remove(photosBefore[0].id));
    await attachPassedMedia(h, sent.id, 1, false);
    h.advance(1000);
    dataOf(await h.call(CONTACT, 'nomination', { action: 'submit', version: saved.version, consent: true }));
    const staffView = dataOf(await h.call<{ changes: Changes }>('staff-1', 'review', { action: 'get', nominationId: sent.id }));
    const { changes } = staffView;
    expect(changes.fields).toEqual([
      { field: 'phone', before: expect.stringMatching(/\*/), after: '139****5678' },
      { field: 'workUnitAndPost', before: VALID_FORM.workUnitAndPost, after: '北京市海淀区某研究所 高级工程师' },
    ]);
    expect(changes.photos.removed).toEqual([photosBefore[0].id]);
    expect(changes.photos.added).toHaveLength(1);
    expect(changes.video).toEqual({ added: [], removed: [] });
    // Whole values never reach the snapshot the server keeps.
    const stored = await ports.db.read.nominations.get(sent.id);
    expect(JSON.stringify(stored?.review)).not.toContain(VALID_FORM.phone);
    expect(JSON.stringify(stored?.review)).not.toContain(VALID_FORM.idNumber);
  });
});
