import { afterEach, describe, expect, it } from 'vitest';
import { dataOf, type Harness, openHarness } from '../support/harness';
import { submitted } from '../support/nominations';
import { ADMIN, exportToEnd, openWorkbook, stored } from './run';
import { exported, seedNominations } from './seed';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });

const column = (header: (string | number | null)[], name: string) => {
  const index = header.indexOf(name);
  if (index < 0) throw new Error(`no column ${name}`);
  return index;
};

describe('review.export xlsx', () => {
  it('writes one row per submitted nomination, personal data masked, statuses in Chinese, Beijing times, scores', async () => {
    h = await open();
    const seeded = await seedNominations(h.runtime, { count: 10 });
    const { result } = await exportToEnd(h, { format: 'xlsx' });
    expect(result).toMatchObject({ progress: 1, name: '推荐名单（脱敏）.xlsx' });
    expect(result.files).toEqual([expect.objectContaining({ fileId: result.fileId, name: '推荐名单（脱敏）.xlsx' })]);
    const { sheet, header, body } = await openWorkbook(await stored(h, result.fileId));
    expect(sheet.name).toBe('推荐名单');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(column(header, '推荐单位') + 1).width).toBeGreaterThan(10);
    expect(header).toEqual(
      expect.arrayContaining([
        '推荐单位',
        '单位类型',
        '重点选树类别',
        '姓名',
        '身份证号',
        '联系电话',
        '陈评审评分',
        '李评审评分',
        '平均分',
        '推荐结果',
      ]),
    );
    const wanted = seeded.filter(exported);
    expect(body).toHaveLength(wanted.length);
    expect(body.map((r) => r[column(header, '姓名')]).sort()).toEqual(wanted.map((s) => s.name).sort());
    const byUnit = new Map(body.map((r) => [r[column(header, '推荐单位')], r]));
    const at = (i: number, name: string) => byUnit.get(seeded[i].unitName)?.[column(header, name)];
    expect(at(0, '身份证号')).toBe('110105********002X');
    expect(at(0, '联系电话')).toMatch(/^139\*{4}\d{4}$/);
    expect(at(0, '提交时间（北京时间）')).toBe('2023-10-01 09:00');
    expect(at(1, '提交时间（北京时间）')).toBe('2023-10-01 08:59');
    expect(at(0, '年龄')).toBe(73);
    expect(at(0, '重点选树类别')).toBe('科研创新女性科技工作者');
    expect(at(0, '单位类型')).toBe('区科协');
    expect(at(0, '状态')).toBe('已提交');
    expect(at(0, '纸质材料（份）')).toBe(2);
    // Seeded scores: expert-1 gives 62 on every criterion, expert-2 the same but 100 for 工作业绩 (weight 0.4).
    expect([at(2, '状态'), at(2, '陈评审评分'), at(2, '李评审评分'), at(2, '平均分')]).toEqual(['评审中', 62, 77.2, 69.6]);
    expect([at(3, '状态'), at(3, '李评审评分'), at(3, '平均分'), at(3, '推荐结果')]).toEqual(['已推荐', '回避', 63, '推荐']);
    expect(at(4, '推荐结果')).toBe('不推荐');
  });

  it('writes whole ID numbers and phones only when the admin asks for full, names the file so, and logs every export', async () => {
    h = await open();
    await seedNominations(h.runtime, { count: 3, statuses: ['submitted'] });
    const masked = await exportToEnd(h, { format: 'xlsx' });
    const full = await exportToEnd(h, { format: 'xlsx', full: true });
    const plain = await openWorkbook(await stored(h, masked.result.fileId));
    const whole = await openWorkbook(await stored(h, full.result.fileId));
    expect(plain.body.map((r) => r[column(plain.header, '身份证号')])).toEqual(Array(3).fill('110105********002X'));
    expect(whole.body.map((r) => r[column(whole.header, '身份证号')])).toEqual(Array(3).fill('11010519491231002X'));
    expect(whole.body.map((r) => r[column(whole.header, '联系电话')])).toEqual(expect.arrayContaining(['13910000000']));
    const log = h.runtime.connections.reader.prepare("SELECT actor_id, detail FROM audit_log WHERE action = 'export'").all() as {
      actor_id: string;
      detail: string;
    }[];
    expect(full.result.name).toBe('推荐名单（完整）.xlsx');
    // Masked or full, each export is one entry: who, when (the entry's time and startedAt), what and how many.
    expect(log.map((l) => l.actor_id)).toEqual([ADMIN, ADMIN]);
    expect(log.map((l) => JSON.parse(l.detail))).toEqual([
      { jobId: masked.result.jobId, format: 'xlsx', full: false, nominations: 3, files: 1, startedAt: expect.any(String) },
      { jobId: full.result.jobId, format: 'xlsx', full: true, nominations: 3, files: 1, startedAt: expect.any(String) },
    ]);
  });

  it('agrees with the ranking for a nomination taken through the real handlers', async () => {
    h = await open();
    const sent = await submitted(h);
    dataOf(await h.call('staff-1', 'review', { action: 'accept', nominationId: sent.id, version: sent.version }));
    const scores = { political: 90, achievements: 85, influence: 80, materials: 95 };
    dataOf(await h.call('expert-1', 'review', { action: 'score', nominationId: sent.id, scores }));
    dataOf(await h.call('expert-2', 'review', { action: 'score', nominationId: sent.id, scores: { ...scores, achievements: 95 } }));
    type Ranking = { items: { version: number; average: number; experts: { name: string; total: number }[] }[] };
    const ranking = dataOf(await h.call<Ranking>(ADMIN, 'review', { action: 'ranking' })).items[0];
    dataOf(await h.call(ADMIN, 'review', { action: 'decide', nominationId: sent.id, version: ranking.version, decision: 'recommended' }));
    dataOf(await h.call(ADMIN, 'review', { action: 'publishDecisions' }));
    const { result } = await exportToEnd(h, { format: 'xlsx' });
    const { header, body } = await openWorkbook(await stored(h, result.fileId));
    expect(body).toHaveLength(1);
    const row = body[0];
    expect(row[column(header, '推荐单位')]).toBe('海淀区科学技术协会');
    expect(row[column(header, '状态')]).toBe('已推荐');
    expect(row[column(header, '推荐结果')]).toBe('推荐');
    expect(row[column(header, '平均分')]).toBe(ranking.average);
    for (const e of ranking.experts) expect(row[column(header, `${e.name}评分`)]).toBe(e.total);
    expect(row[column(header, '主要事迹字数')]).toBe(24);
  });

  it('pages past 100 nominations, in steps, every nomination once, ordered by unit type', async () => {
    h = await open();
    const seeded = await seedNominations(h.runtime, { count: 140, statuses: ['submitted', 'accepted', 'submitted', 'draft'] });
    const { result, replies } = await exportToEnd(h, { format: 'xlsx' }, { callMs: 0, rowsPerStep: 20 });
    const progress = replies.map((r) => r.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.slice(0, -1).every((p) => p < 1)).toBe(true);
    // listing (one step reads every page), 6 steps of 20 rows (105 rows), the roster.
    expect(replies).toHaveLength(1 + 6 + 1);
    const { header, body } = await openWorkbook(await stored(h, result.fileId));
    const wanted = seeded.filter(exported);
    expect(wanted.length).toBe(105);
    expect(body).toHaveLength(105);
    expect(new Set(body.map((r) => r[column(header, '推荐单位')]))).toEqual(new Set(wanted.map((s) => s.unitName)));
    const types = body.map((r) => r[column(header, '单位类型')]);
    expect(types).toEqual(
      [...types].sort(
        (a, b) =>
          ['区科协', '市学会', '基金会', '基层组织'].indexOf(String(a)) - ['区科协', '市学会', '基金会', '基层组织'].indexOf(String(b)),
      ),
    );
    expect(body.map((r) => r[column(header, '序号')])).toEqual(body.map((_, i) => i + 1));
  });
});
