import { randomUUID } from 'node:crypto';
import type { NominationStatus } from '../../domain/status/machine';
import type { Campaign } from '../../domain/campaign/campaign';
import type { Ports } from '../core/ports';
import type { ExportBudget, ExportJobRecord, StoredFileRecord } from '../core/repositories';
import { eraseTracked, putTracked } from '../core/storage/ledger';
import { exportExpiry } from '../core/storage/policy';

const MIB = 1024 * 1024;

/**
 * Sized for a cloud function run (≤ 60 s, ~256 MB, of which the loaded function takes ~130 MB): a part is
 * built in memory from its files and copied once more on upload (README: measured).
 */
export const DEFAULT_EXPORT_BUDGET: ExportBudget = {
  callMs: 10_000,
  stepMs: 15_000,
  rowsPerStep: 50,
  partBytes: 24 * MIB,
  leaseMs: 75_000,
};

/** Consecutive calls without a finished step before the job is given up. */
export const MAX_ATTEMPTS = 3;

// What reached the organizer: drafts and withdrawn nominations are the units' own business.
export const EXPORTED_STATUSES: NominationStatus[] = ['submitted', 'returned', 'accepted', 'scored', 'recommended', 'not_recommended'];

export type ExportFormat = ExportJobRecord['format'];

export function newExportJob(args: {
  campaignId: string;
  format: ExportFormat;
  full: boolean;
  createdBy: string;
  at: string;
  budget: ExportBudget;
}): ExportJobRecord {
  return {
    id: randomUUID(),
    campaignId: args.campaignId,
    format: args.format,
    full: args.full,
    createdBy: args.createdBy,
    createdAt: args.at,
    updatedAt: args.at,
    version: 1,
    phase: 'listing',
    cursor: null,
    items: [],
    next: 0,
    rowChunks: [],
    roster: null,
    parts: [],
    linked: [],
    budget: args.budget,
    leaseUntil: null,
    attempts: 0,
    steps: 0,
    error: null,
  };
}

/** Where a job's files live in storage: ASCII paths (the local folder store accepts nothing else). */
export const jobPath = (job: ExportJobRecord, file: string) => `exports/${job.id}/${file}`;

/** 脱敏 or 完整: every file name of an export says which. */
export const variantOf = (job: Pick<ExportJobRecord, 'full'>) => (job.full ? '完整' : '脱敏');
export const rosterName = (job: Pick<ExportJobRecord, 'full'>) => `推荐名单（${variantOf(job)}）.xlsx`;
export const zipName = (job: Pick<ExportJobRecord, 'full'>, part: number | null) =>
  part === null ? `推荐材料（${variantOf(job)}）.zip` : `推荐材料（${variantOf(job)}）-第${part}部分.zip`;

/** Stores one of the job's files in the ledger, to be removed when the export expires (or the campaign's data is purged). */
export const storeJobFile = (ports: Ports, campaign: Campaign, job: ExportJobRecord, file: string, bytes: Uint8Array) =>
  putTracked(ports, jobPath(job, file), bytes, {
    kind: 'export',
    campaignId: job.campaignId,
    owner: job.id,
    reviewAt: exportExpiry(campaign, job.createdAt),
  });

/** Removes some of the job's files now (the row chunks once the roster is written). */
export async function eraseJobFiles(ports: Ports, job: ExportJobRecord, fileIds: readonly string[]) {
  const wanted = new Set(fileIds);
  const records: StoredFileRecord[] = (await ports.db.read.storedFiles.byOwner('export', job.id)).filter((f) => wanted.has(f.fileId));
  await eraseTracked(ports, records);
}
