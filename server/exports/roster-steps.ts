import { AppError } from '../core/app-error';
import { duplicateUnitsOf } from '../core/duplicates';
import { nominationCursor } from '../core/paging';
import { renderPrintable } from '../core/printable';
import type { ExportJobRecord } from '../core/repositories';
import { EXPORTED_STATUSES, rosterName, storeJobFile } from './export-job';
import { folderName, orderAndDedupe } from './folder-names';
import { type RosterRow, rosterRow } from './roster-rows';
import { rosterWorkbook } from './roster-sheet';
import { type Step, utf8 } from './step-context';

// The cloud database answers at most 100 documents a query.
const PAGE = 100;
const PAGES_PER_STEP = 20;

/** Reads the nominations to export, page by page, and fixes their order and folder names. */
export const listingStep: Step = async ({ ports, units }, job) => {
  const items = [...job.items];
  let cursor = job.cursor;
  for (let page = 0; page < PAGES_PER_STEP; page++) {
    const rows = await ports.db.read.nominations.list(
      { campaignId: job.campaignId, statuses: EXPORTED_STATUSES, excludeTest: true },
      { after: cursor ?? undefined, limit: PAGE },
    );
    for (const n of rows)
      items.push({ id: n.id, unitId: n.unitId, folder: folderName(units.get(n.unitId)?.name ?? n.unitId, n.form.name ?? '') });
    if (rows.length < PAGE) {
      // A record updated between two pages can show up twice; count it once.
      const unique = [...new Map(items.map((item) => [item.id, item])).values()];
      return { items: orderAndDedupe(unique, units), cursor: null, next: 0, phase: 'rows' };
    }
    cursor = nominationCursor(rows[rows.length - 1]);
  }
  return { items, cursor };
};

/**
 * Turns the next few nominations into roster rows, stored as one JSON chunk (masked unless the export is full).
 * A zip job renders their 登记表 here too (masked the same way), so packing steps hold file bytes only, not the renderer's garbage as well.
 */
export const rowsStep: Step = async ({ ports, campaign, units }, job) => {
  const items = [...job.items];
  const end = Math.min(items.length, job.next + job.budget.rowsPerStep);
  const rows: RosterRow[] = [];
  for (let i = job.next; i < end; i++) {
    const [record, scores] = await Promise.all([
      ports.db.read.nominations.get(items[i].id),
      ports.db.read.scores.forNomination(items[i].id),
    ]);
    if (!record) continue;
    const duplicateUnits = await duplicateUnitsOf(ports.db.read, record, units);
    rows.push(rosterRow({ record, unit: units.get(record.unitId), scores, campaign, full: job.full, duplicateUnits }));
    if (job.format === 'zip') {
      const pdf = await renderPrintable(ports, campaign, record, !job.full);
      items[i] = { ...items[i], pdfFileId: (await storeJobFile(ports, campaign, job, `form-${i + 1}.pdf`, pdf)).fileId };
    }
  }
  const rowsFile = `rows-${job.rowChunks.length + 1}.json`;
  const stored = await storeJobFile(ports, campaign, job, rowsFile, utf8.encode(JSON.stringify(rows)));
  return { items, rowChunks: [...job.rowChunks, stored.fileId], next: end, phase: end >= items.length ? 'roster' : 'rows' };
};

/** Writes the roster workbook from the stored row chunks; the xlsx export ends here, the zip goes on to packing. */
export const rosterStep: Step = async ({ ports, campaign }, job) => {
  const rows: RosterRow[] = [];
  for (const fileId of job.rowChunks) {
    const bytes = await ports.files.readAll(fileId);
    if (!bytes) throw new AppError('INTERNAL', '导出的中间文件丢失，请重新导出');
    rows.push(...(JSON.parse(utf8.decode(bytes)) as RosterRow[]));
  }
  const experts = await ports.db.read.users.byRole('expert');
  const known = new Set(experts.map((e) => e.id));
  // An expert who scored and later lost the role still gets a column.
  const former = [...new Set(rows.flatMap((r) => Object.keys(r.expertTotals)))].filter((id) => !known.has(id));
  const columns = [...experts, ...former.map((id) => ({ id, name: id }))];
  const xlsx = await rosterWorkbook(rows, columns, new Date(job.createdAt));
  const stored = await storeJobFile(ports, campaign, job, 'roster.xlsx', xlsx);
  const roster = { fileId: stored.fileId, name: rosterName(job), size: xlsx.byteLength };
  return { roster, next: 0, phase: job.format === 'xlsx' ? 'done' : 'packing' } satisfies Partial<ExportJobRecord>;
};
