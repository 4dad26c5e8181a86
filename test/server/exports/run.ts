import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { Caller } from '../../../server/core/caller';
import type { ExportBudget } from '../../../server/core/repositories';
import { DEFAULT_EXPORT_BUDGET } from '../../../server/exports/export-job';
import type { ExportProgress, ExportResult } from '../../../server/exports/export-reply';
import { runExport } from '../../../server/exports/run-export';
import { dataOf, type Harness } from '../support/harness';

export const ADMIN = 'admin-1';
const adminCaller: Caller = { userId: ADMIN, role: 'admin', name: '刘伟', unitId: null, externalId: null };

export type ExportReply = ExportProgress | ExportResult;
export const isDone = (reply: ExportReply): reply is ExportResult => 'fileId' in reply;

type Request = { format: 'xlsx' | 'zip'; full?: boolean };

/** Starts an export: through the handler, or with a budget of its own (which the job keeps for its later steps). */
export async function startExport(h: Harness, request: Request, budget?: Partial<ExportBudget>): Promise<ExportReply> {
  return budget
    ? runExport(h.runtime.portsFor(null), adminCaller, request, { ...DEFAULT_EXPORT_BUDGET, ...budget })
    : dataOf(await h.call<ExportReply>(ADMIN, 'review', { action: 'export', ...request }));
}

/** Starts an export and calls `review.export { jobId }` until it replies the files. */
export async function exportToEnd(h: Harness, request: Request, budget?: Partial<ExportBudget>) {
  let reply = await startExport(h, request, budget);
  const replies: ExportReply[] = [reply];
  while (!isDone(reply)) {
    if (replies.length > 1000) throw new Error('export did not finish');
    reply = dataOf(await h.call<ExportReply>(ADMIN, 'review', { action: 'export', jobId: reply.jobId }));
    replies.push(reply);
  }
  return { result: reply, replies };
}

export async function stored(h: Harness, fileId: string): Promise<Uint8Array> {
  const bytes = await h.runtime.portsFor(null).files.readAll(fileId);
  if (!bytes) throw new Error(`no stored file ${fileId}`);
  return bytes;
}

export async function openWorkbook(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its input as its own Buffer (an ArrayBuffer); a Node Buffer is what it reads.
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('no worksheet');
  const rows: (string | number | null)[][] = [];
  sheet.eachRow((row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => (row.getCell(i + 1).value as string | number | null) ?? null));
  });
  return { workbook, sheet, header: rows[0] ?? [], body: rows.slice(1) };
}

/** Every entry of every zip part, by path, with the part it came from. */
export async function unzipParts(h: Harness, result: ExportResult) {
  const entries = new Map<string, { bytes: Uint8Array; part: number }>();
  const zips = result.files.filter((f) => f.name.endsWith('.zip'));
  for (const [i, file] of zips.entries()) {
    for (const [name, bytes] of Object.entries(unzipSync(await stored(h, file.fileId)))) {
      if (entries.has(name)) throw new Error(`${name} is in two parts`);
      entries.set(name, { bytes, part: i + 1 });
    }
  }
  return entries;
}
