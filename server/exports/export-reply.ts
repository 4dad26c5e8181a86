import { AppError } from '../core/app-error';
import type { Ports } from '../core/ports';
import type { ExportFile, ExportJobRecord } from '../core/repositories';

export interface ExportProgress {
  jobId: string;
  /** 0–1, for a progress bar. */
  progress: number;
  stage: string;
  done: number;
  total: number;
}

export interface ExportResult {
  jobId: string;
  progress: 1;
  /** The first file (the roster, or the zip's first part). */
  fileId: string;
  url: string;
  name: string;
  /** Every file of the result, in order: one for xlsx; the zip's parts, then any file too large to pack. */
  files: (ExportFile & { url: string })[];
}

/** What a call answers: the files when the job is done, its progress while it runs, an error once it failed. */
export async function exportReply(ports: Ports, job: ExportJobRecord): Promise<ExportProgress | ExportResult> {
  if (job.phase === 'expired') throw new AppError('NOT_FOUND', '导出文件已过期删除，请重新导出');
  if (job.phase === 'failed') throw new AppError('INTERNAL', '导出未能完成，请重新导出');
  if (job.phase !== 'done') return { jobId: job.id, ...progressOf(job) };
  const result = job.format === 'xlsx' && job.roster ? [job.roster] : [...job.parts, ...job.linked];
  const files = await Promise.all(result.map(async (f) => ({ ...f, url: await ports.files.url(f.fileId, f.name) })));
  const [first] = files;
  if (!first) throw new AppError('INTERNAL', '导出未能完成，请重新导出');
  return { jobId: job.id, progress: 1, fileId: first.fileId, url: first.url, name: first.name, files };
}

// Listing is quick; the roster rows are most of an xlsx job, the parts most of a zip job.
function progressOf(job: ExportJobRecord): Omit<ExportProgress, 'jobId'> {
  const total = job.items.length;
  const share = total === 0 ? 0 : job.next / total;
  const rowsEnd = job.format === 'xlsx' ? 0.95 : 0.15;
  const at = (progress: number, stage: string) => ({ progress: Math.round(progress * 1000) / 1000, stage, done: job.next, total });
  switch (job.phase) {
    case 'listing':
      return { ...at(0.02, `正在读取推荐名单（已读 ${job.items.length} 份）`), done: job.items.length, total: 0 };
    case 'rows':
      return at(0.05 + (rowsEnd - 0.05) * share, `正在整理名单（${job.next}/${total}）`);
    case 'roster':
      return at(rowsEnd, '正在生成名单表格');
    default:
      return at(0.15 + 0.84 * share, `正在打包第 ${job.parts.length + 1} 部分（${job.next}/${total}）`);
  }
}
