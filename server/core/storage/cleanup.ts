import { currentCampaign } from '../campaign-service';
import { nominationId } from '../nomination-service';
import type { Ports } from '../ports';
import type { StoredFileRecord } from '../repositories';
import { eraseTracked } from './ledger';
import { removedMediaGrace } from './policy';

/** Ledger rows looked at per tick: a tick stays short, the next one goes on. */
const PER_TICK = 200;

export interface CleanupReport {
  exportFiles: number;
  uploads: number;
  bytes: number;
  /** Uploads attached to a nomination, or detached since the last look: looked at again after the grace period. */
  kept: number;
}

/**
 * The scheduler's storage step: removes export files past their retention (and marks their jobs
 * expired), and uploads no nomination uses (never attached, or removed or replaced since), each
 * once its time has come.
 */
export async function cleanStorage(ports: Ports): Promise<CleanupReport> {
  const now = ports.clock.now();
  const due = await ports.db.read.storedFiles.due(now.toISOString(), PER_TICK);
  const report: CleanupReport = { exportFiles: 0, uploads: 0, bytes: 0, kept: 0 };
  const expiredJobs = new Set<string>();
  for (const file of due) {
    if (file.kind === 'upload') {
      const inUse = await attached(ports, file);
      // In use: looked at again later. Just removed or replaced: a whole grace period from now (a reviewer's page may still show it).
      if (inUse || file.seenAttached) {
        const campaign = await currentCampaign(ports);
        const next = { ...file, reviewAt: removedMediaGrace(campaign, now), seenAttached: inUse };
        await ports.db.transaction((tx) => tx.storedFiles.put(next));
        report.kept += 1;
        continue;
      }
    }
    report.bytes += await eraseTracked(ports, [file]);
    if (file.kind === 'export') {
      report.exportFiles += 1;
      expiredJobs.add(file.owner);
    } else report.uploads += 1;
  }
  for (const jobId of expiredJobs) await markExpired(ports, jobId);
  return report;
}

async function attached(ports: Ports, file: StoredFileRecord): Promise<boolean> {
  const media = await ports.db.read.media.forNomination(nominationId(file.campaignId, file.owner));
  return media.some((m) => m.fileId === file.fileId);
}

/** The job's reply is "expired" from now on: its links would point at removed files. */
export async function markExpired(ports: Ports, jobId: string): Promise<void> {
  await ports.db.transaction(async (tx) => {
    const job = await tx.exportJobs.get(jobId);
    if (!job || job.phase === 'expired') return;
    const at = ports.clock.now().toISOString();
    await tx.exportJobs.update({ ...job, phase: 'expired', leaseUntil: null, version: job.version + 1, updatedAt: at }, job.version);
  });
}
