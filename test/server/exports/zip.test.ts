import { afterEach, describe, expect, it } from 'vitest';
import { type Harness, openHarness } from '../support/harness';
import { exportToEnd, openWorkbook, stored, unzipParts } from './run';
import { pdfToText } from '../personal-data/scan';
import { squeeze } from '../printable/poppler';
import { exported, fixture, SMALL_MEDIA, seedNominations } from './seed';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z' });
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const equalBytes = (a: Uint8Array | undefined, b: Uint8Array | null) => !!a && !!b && Buffer.compare(a, b) === 0;

describe('review.export zip', () => {
  it('packs each nomination as <单位>-<姓名>/ with its 登记表, photos and video, the roster on top, in one file', async () => {
    h = await open();
    const seeded = (await seedNominations(h.runtime, { count: 4 })).filter(exported);
    const { result } = await exportToEnd(h, { format: 'zip' });
    expect(result.files.map((f) => f.name)).toEqual(['推荐材料（脱敏）.zip']);
    expect(result.fileId).toBe(result.files[0].fileId);
    expect(result.url).toContain(encodeURIComponent(result.fileId));
    const entries = await unzipParts(h, result);
    const expected = ['推荐名单（脱敏）.xlsx'];
    for (const s of seeded) {
      const folder = `${s.unitName}-${s.name}`;
      expected.push(`${folder}/登记表.pdf`, `${folder}/工作照1.jpg`, `${folder}/工作照2.jpg`, `${folder}/短视频.mp4`);
      expect(decode(entries.get(`${folder}/登记表.pdf`)?.bytes.subarray(0, 5) ?? new Uint8Array())).toBe('%PDF-');
      expect(equalBytes(entries.get(`${folder}/工作照1.jpg`)?.bytes, s.photos[0])).toBe(true);
      expect(equalBytes(entries.get(`${folder}/工作照2.jpg`)?.bytes, s.photos[1])).toBe(true);
      expect(equalBytes(entries.get(`${folder}/短视频.mp4`)?.bytes, s.video)).toBe(true);
    }
    expect([...entries.keys()].sort()).toEqual(expected.sort());
    const roster = await openWorkbook(entries.get('推荐名单（脱敏）.xlsx')?.bytes ?? new Uint8Array());
    expect(roster.body).toHaveLength(seeded.length);
  });

  it('stores the media as they are (no recompression), so the part is about the size of its files', async () => {
    h = await open();
    await seedNominations(h.runtime, { count: 2, statuses: ['accepted'] });
    const { result } = await exportToEnd(h, { format: 'zip' });
    const zip = await stored(h, result.fileId);
    const entries = await unzipParts(h, result);
    const content = [...entries.values()].reduce((sum, e) => sum + e.bytes.byteLength, 0);
    expect(zip.byteLength).toBeGreaterThan(content);
    expect(zip.byteLength).toBeLessThan(content + 2048);
    expect(result.files[0].size).toBe(zip.byteLength);
  });

  it('splits a large export into parts built one per step, each a zip of its own, every nomination in exactly one', async () => {
    h = await open();
    const seeded = (await seedNominations(h.runtime, { count: 9 })).filter(exported);
    const mediaBytes = [...SMALL_MEDIA.photos, SMALL_MEDIA.video].reduce((sum, f) => sum + fixture(f).byteLength, 0);
    // Room for one nomination's media a part: with its 登记表 the next one no longer fits.
    const { result, replies } = await exportToEnd(h, { format: 'zip' }, { callMs: 0, partBytes: mediaBytes });
    const parts = result.files.map((f) => f.name);
    expect(parts).toEqual(seeded.map((_, i) => `推荐材料（脱敏）-第${i + 1}部分.zip`));
    // listing, one step of rows, the roster, then one step per part.
    expect(replies).toHaveLength(3 + parts.length);
    const entries = await unzipParts(h, result);
    expect(entries.get('推荐名单（脱敏）.xlsx')?.part).toBe(1);
    for (const s of seeded) {
      const folder = `${s.unitName}-${s.name}`;
      const inFolder = [...entries].filter(([name]) => name.startsWith(`${folder}/`));
      expect(inFolder.map(([name]) => name.slice(folder.length + 1)).sort()).toEqual(
        ['工作照1.jpg', '工作照2.jpg', '登记表.pdf', '短视频.mp4'].sort(),
      );
      expect(new Set(inFolder.map(([, e]) => e.part)).size).toBe(1);
      expect(equalBytes(entries.get(`${folder}/短视频.mp4`)?.bytes, s.video)).toBe(true);
    }
  });

  it('hands out a file too large for a part as it is stored, and says so in the folder', async () => {
    h = await open();
    const [s] = await seedNominations(h.runtime, { count: 1, statuses: ['submitted'] });
    const { result } = await exportToEnd(h, { format: 'zip' }, { partBytes: 10_000 });
    const folder = `${s.unitName}-${s.name}`;
    expect(result.files.map((f) => f.name)).toEqual(['推荐材料（脱敏）.zip', `${folder}-短视频.mp4`]);
    const video = (await h.runtime.portsFor(null).db.read.media.forNomination(s.id)).find((m) => m.kind === 'video');
    expect(result.files[1].fileId).toBe(video?.fileId);
    expect(equalBytes(await stored(h, result.files[1].fileId), s.video)).toBe(true);
    const entries = await unzipParts(h, result);
    expect(entries.has(`${folder}/短视频.mp4`)).toBe(false);
    expect(equalBytes(entries.get(`${folder}/工作照1.jpg`)?.bytes, s.photos[0])).toBe(true);
    expect(decode(entries.get(`${folder}/说明.txt`)?.bytes ?? new Uint8Array())).toContain(`单独文件「${folder}-短视频.mp4」`);
  });

  it('notes a media file that storage no longer has instead of failing the export', async () => {
    h = await open();
    const [s] = await seedNominations(h.runtime, { count: 1, statuses: ['submitted'] });
    const ports = h.runtime.portsFor(null);
    const photo = (await ports.db.read.media.forNomination(s.id)).find((m) => m.kind === 'photo' && m.position === 0);
    await ports.files.remove(photo?.fileId ?? '');
    const { result } = await exportToEnd(h, { format: 'zip' });
    const entries = await unzipParts(h, result);
    const folder = `${s.unitName}-${s.name}`;
    expect(entries.has(`${folder}/工作照1.jpg`)).toBe(false);
    expect(entries.has(`${folder}/工作照2.jpg`)).toBe(true);
    expect(decode(entries.get(`${folder}/说明.txt`)?.bytes ?? new Uint8Array())).toContain('工作照1.jpg：存储中找不到该文件');
  });
});

describe('the materials zip and personal data', () => {
  it('carries masked 登记表 unless the admin asks for full, names the file so, and logs each export with who, what and how many', async () => {
    h = await open();
    const seeded = (await seedNominations(h.runtime, { count: 2, statuses: ['submitted'] })).filter(exported);
    const texts = async (full: boolean) => {
      const { result } = await exportToEnd(h, { format: 'zip', full });
      expect(result.files[0].name).toBe(full ? '推荐材料（完整）.zip' : '推荐材料（脱敏）.zip');
      const entries = await unzipParts(h, result);
      expect([...entries.keys()]).toContain(full ? '推荐名单（完整）.xlsx' : '推荐名单（脱敏）.xlsx');
      return seeded.map((s) => squeeze(pdfToText(entries.get(`${s.unitName}-${s.name}/登记表.pdf`)?.bytes ?? new Uint8Array())));
    };
    const masked = await texts(false);
    const whole = await texts(true);
    for (const text of masked) {
      expect(text).toContain('110105********002X');
      expect(text).not.toContain('11010519491231002X');
    }
    for (const text of whole) expect(text).toContain('11010519491231002X');
    const log = h.runtime.connections.reader.prepare("SELECT actor_id, at, detail FROM audit_log WHERE action = 'export'").all() as {
      actor_id: string;
      at: string;
      detail: string;
    }[];
    expect(log.map((l) => [l.actor_id, JSON.parse(l.detail)])).toEqual([
      ['admin-1', expect.objectContaining({ format: 'zip', full: false, nominations: seeded.length, files: 1 })],
      ['admin-1', expect.objectContaining({ format: 'zip', full: true, nominations: seeded.length, files: 1 })],
    ]);
  });
});
