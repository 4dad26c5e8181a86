import { AppError } from '../core/app-error';
import type { Caller } from '../core/caller';
import { currentCampaign } from '../core/campaign-service';
import type { Ports } from '../core/ports';
import type { ExportBudget, ExportJobRecord, Repositories } from '../core/repositories';
import { DEFAULT_EXPORT_BUDGET, eraseJobFiles, type ExportFormat, MAX_ATTEMPTS, newExportJob } from './export-job';
import { exportReply } from './export-reply';
import { packStep } from './pack-step';
import { listingStep, rosterStep, rowsStep } from './roster-steps';
import type { Step, StepContext } from './step-context';

const STEPS: Record<ExportJobRecord['phase'], Step | null> = {
  listing: listingStep,
  rows: rowsStep,
  roster: rosterStep,
  packing: packStep,
  done: null,
  failed: null,
  expired: null,
};

export interface ExportRequest {
  format?: ExportFormat;
  full?: boolean;
  jobId?: string;
}

/** `review.export`: starts a job (or takes up `jobId`), runs steps for up to `callMs`, and replies the result or the progress. */
export async function runExport(ports: Ports, caller: Caller, request: ExportRequest, budget: ExportBudget = DEFAULT_EXPORT_BUDGET) {
  const campaign = await currentCampaign(ports);
  const jobId = request.jobId ?? (await startJob(ports, caller, campaign.id, request, budget));
  const started = performance.now();
  let { job, claimed } = await claim(ports, jobId, campaign.id);
  if (!claimed) return exportReply(ports, job);
  const ctx: StepContext = { ports, campaign, units: new Map((await ports.db.read.units.list()).map((u) => [u.id, u])) };
  try {
    for (let step = STEPS[job.phase]; step; step = STEPS[job.phase]) {
      const changes = await step(ctx, job);
      const saved = await save(ports, job, { ...changes, attempts: 0, steps: job.steps + 1, error: null }, handedOut);
      // Another call took the job over (our lease ran out): its state wins, ours is dropped.
      if (!saved) return exportReply(ports, (await ports.db.read.exportJobs.get(jobId)) ?? job);
      if (job.phase === 'roster' && saved.phase !== 'roster') await removeQuietly(ports, saved, job.rowChunks);
      job = saved;
      if (performance.now() - started >= job.budget.callMs) break;
    }
  } catch (error) {
    // The lease is released so the next call retries the step at once; `attempts` already counts this one.
    console.error(`[review.export] step ${job.phase} of ${job.id} failed`, error);
    await save(ports, job, { leaseUntil: null, error: error instanceof Error ? error.message : String(error) });
    return exportReply(ports, job);
  }
  job = (await save(ports, job, { leaseUntil: null })) ?? job;
  return exportReply(ports, job);
}

async function startJob(ports: Ports, caller: Caller, campaignId: string, request: ExportRequest, budget: ExportBudget) {
  if (!request.format) throw new AppError('VALIDATION_FAILED', '请选择导出格式');
  const at = ports.clock.now().toISOString();
  const job = newExportJob({ campaignId, format: request.format, full: request.full ?? false, createdBy: caller.userId, at, budget });
  await ports.db.transaction((tx) => tx.exportJobs.insert(job));
  return job.id;
}

/** Takes the job for this call unless another call holds it; gives it up after MAX_ATTEMPTS calls without progress. */
async function claim(ports: Ports, jobId: string, campaignId: string) {
  const now = ports.clock.now();
  return ports.db.transaction(async (tx) => {
    const job = await tx.exportJobs.get(jobId);
    if (!job || job.campaignId !== campaignId) throw new AppError('NOT_FOUND', '没有找到这个导出任务，请重新导出');
    const busy = job.leaseUntil !== null && job.leaseUntil > now.toISOString();
    if (!STEPS[job.phase] || busy) return { job, claimed: false };
    const gaveUp = job.attempts >= MAX_ATTEMPTS;
    const next: ExportJobRecord = {
      ...job,
      ...(gaveUp
        ? { phase: 'failed' as const, leaseUntil: null }
        : { leaseUntil: new Date(now.getTime() + job.budget.leaseMs).toISOString(), attempts: job.attempts + 1 }),
      version: job.version + 1,
      updatedAt: now.toISOString(),
    };
    if (!(await tx.exportJobs.update(next, job.version))) return { job, claimed: false };
    return { job: next, claimed: !gaveUp };
  });
}

type OnSave = (tx: Repositories, before: ExportJobRecord, after: ExportJobRecord) => Promise<void>;

async function save(ports: Ports, job: ExportJobRecord, changes: Partial<ExportJobRecord>, onSave?: OnSave) {
  const next = { ...job, ...changes, version: job.version + 1, updatedAt: ports.clock.now().toISOString() };
  return ports.db.transaction(async (tx) => {
    if (!(await tx.exportJobs.update(next, job.version))) return null;
    await onSave?.(tx, job, next);
    return next;
  });
}

/**
 * The moment an export's files are first handed out, masked or full, is an exit of personal data:
 * who started it, when, what and how many nominations, in the same transaction as the job's last step.
 */
const handedOut: OnSave = async (tx, before, after) => {
  if (before.phase === 'done' || after.phase !== 'done') return;
  const files = after.format === 'xlsx' ? 1 : after.parts.length + after.linked.length;
  await tx.audit.append({
    nominationId: null,
    actorId: after.createdBy,
    action: 'export',
    fromStatus: null,
    toStatus: null,
    at: after.updatedAt,
    detail: { jobId: after.id, format: after.format, full: after.full, nominations: after.items.length, files, startedAt: after.createdAt },
  });
};

// The row chunks hold personal data and are not needed once the roster is written; the scheduler retries what fails here.
async function removeQuietly(ports: Ports, job: ExportJobRecord, fileIds: readonly string[]) {
  await eraseJobFiles(ports, job, fileIds).catch((error: unknown) => console.warn(`[review.export] row chunks of ${job.id} kept`, error));
}
