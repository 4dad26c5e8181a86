import { zipSync, type Zippable } from 'fflate';
import { toShanghai } from '../../domain/time/shanghai';
import { AppError } from '../core/app-error';
import { passedMedia } from '../core/nomination-service';
import type { RangeReader } from '../core/ports';
import { renderPrintable } from '../core/printable';
import type { ExportFile, ExportJobRecord } from '../core/repositories';
import { storeJobFile, zipName } from './export-job';
import { type Step, type StepContext, utf8 } from './step-context';

type Item = ExportJobRecord['items'][number];

/** A file of a nomination's folder: `reader` is null when storage no longer has it; `link` when it is handed out as stored. */
interface Planned {
  name: string;
  fileId: string;
  reader: RangeReader | null;
  link: boolean;
}

const MIB = 1024 * 1024;

/** Builds the next zip part (whole nominations, within the byte and time budget), stores it, and moves on. */
export const packStep: Step = async (ctx, job) => {
  const partNo = job.parts.length + 1;
  const built = await buildPart(ctx, job, partNo);
  // Only the zip is left: the source files went out of scope with buildPart, before the upload copies the zip.
  const stored = await storeJobFile(ctx.ports, ctx.campaign, job, `part-${partNo}.zip`, built.zip);
  const done = built.next >= job.items.length;
  const name = zipName(job, done && partNo === 1 ? null : partNo);
  return {
    parts: [...job.parts, { fileId: stored.fileId, name, size: built.zip.byteLength }],
    linked: [...job.linked, ...built.linked],
    next: built.next,
    phase: done ? 'done' : 'packing',
  };
};

async function buildPart(ctx: StepContext, job: ExportJobRecord, partNo: number) {
  const started = performance.now();
  const files: Zippable = {};
  // Zip times have no zone; Beijing wall-clock time is what the admin expects to see.
  const t = toShanghai(job.createdAt);
  const mtime = new Date(t.year(), t.month(), t.date(), t.hour(), t.minute(), t.second());
  const add = (path: string, bytes: Uint8Array) => {
    files[path] = [bytes, { level: 0, mtime }];
  };
  if (partNo === 1 && job.roster) add(job.roster.name, await mustRead(ctx, job.roster.fileId));
  const linked: ExportFile[] = [];
  let bytes = 0;
  let next = job.next;
  for (let taken = 0; next < job.items.length; taken++, next++) {
    if (taken > 0 && performance.now() - started > job.budget.stepMs) break;
    const item = job.items[next];
    const planned = await plan(ctx, item, job.budget.partBytes);
    const packable = planned.reduce((sum, p) => sum + (p.reader && !p.link ? p.reader.size : 0), 0);
    if (taken > 0 && bytes + packable > job.budget.partBytes) break;
    bytes += await pack(ctx, job, item, planned, add, linked);
  }
  return { zip: zipSync(files), next, linked };
}

/** The nomination's photos and video, sized from storage before any byte is read; the largest are linked until the rest fits a part. */
async function plan(ctx: StepContext, item: Item, partBytes: number): Promise<Planned[]> {
  const { photos, videos } = passedMedia(await ctx.ports.db.read.media.forNomination(item.id));
  const named = [
    ...photos.map((m, i) => ({ name: `工作照${i + 1}.jpg`, fileId: m.fileId })),
    ...videos.map((m, i) => ({ name: i === 0 ? '短视频.mp4' : `短视频${i + 1}.mp4`, fileId: m.fileId })),
  ];
  const planned = await Promise.all(named.map(async (m) => ({ ...m, reader: await ctx.ports.files.open(m.fileId), link: false })));
  let total = planned.reduce((sum, p) => sum + (p.reader?.size ?? 0), 0);
  for (const p of [...planned].sort((a, b) => (b.reader?.size ?? 0) - (a.reader?.size ?? 0))) {
    if (total <= partBytes || !p.reader) break;
    p.link = true;
    total -= p.reader.size;
  }
  return planned;
}

/** Adds one nomination's folder: 登记表.pdf, the media, and a 说明.txt for anything missing or handed out separately. */
async function pack(
  ctx: StepContext,
  job: ExportJobRecord,
  item: Item,
  planned: Planned[],
  add: (path: string, bytes: Uint8Array) => void,
  linked: ExportFile[],
): Promise<number> {
  const record = await ctx.ports.db.read.nominations.get(item.id);
  if (!record) return 0;
  // A job started before the rows step rendered the 登记表 has none stored: render it here, masked unless full.
  const pdf = item.pdfFileId ? await mustRead(ctx, item.pdfFileId) : await renderPrintable(ctx.ports, ctx.campaign, record, !job.full);
  add(`${item.folder}/登记表.pdf`, pdf);
  let bytes = pdf.byteLength;
  const notes: string[] = [];
  for (const { name, fileId, reader, link } of planned) {
    if (reader && link) {
      linked.push({ fileId, name: `${item.folder}-${name}`, size: reader.size });
      notes.push(`${name}：文件较大（${(reader.size / MIB).toFixed(1)} MB），未放入压缩包，已作为单独文件「${item.folder}-${name}」提供。`);
      continue;
    }
    const content = reader ? await reader.read(0, reader.size) : null;
    if (!content || content.byteLength !== reader?.size) {
      notes.push(`${name}：存储中找不到该文件，请联系推荐单位重新上传。`);
      continue;
    }
    add(`${item.folder}/${name}`, content);
    bytes += content.byteLength;
  }
  if (notes.length) add(`${item.folder}/说明.txt`, utf8.encode(`${notes.join('\r\n')}\r\n`));
  return bytes;
}

async function mustRead(ctx: StepContext, fileId: string): Promise<Uint8Array> {
  const bytes = await ctx.ports.files.readAll(fileId);
  if (!bytes) throw new AppError('INTERNAL', '导出的中间文件丢失，请重新导出');
  return bytes;
}
