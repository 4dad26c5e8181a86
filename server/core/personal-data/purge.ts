import { campaignClosed } from '../../../domain/campaign/closing';
import type { Campaign } from '../../../domain/campaign/campaign';
import { AppError } from '../app-error';
import type { Caller } from '../caller';
import { currentCampaign } from '../campaign-service';
import { everyNomination } from '../paging';
import type { Ports } from '../ports';
import type { Repositories } from '../repositories';
import { markExpired } from '../storage/cleanup';
import { eraseTracked } from '../storage/ledger';
import { SEALED_KEYS } from './sealed-form';

export interface PurgeResult {
  campaignId: string;
  /** Nominations that held personal data and no longer do. */
  nominations: number;
  idNumbers: number;
  phones: number;
  /** Files removed from storage, by kind: 登记表 PDFs, and every file of every export (roster, zip parts, their PDFs). */
  files: { printables: number; exportFiles: number; exportJobs: number; bytes: number };
}

async function campaignOf(ports: Ports, campaignId: string): Promise<Campaign> {
  // The active campaign carries the deployment's deadline override (local DEADLINE).
  if (campaignId === ports.settings.campaignId) return currentCampaign(ports);
  const stored = await ports.db.read.campaigns.get(campaignId);
  if (!stored) throw new AppError('NOT_FOUND', `没有编号为 ${campaignId} 的活动`);
  return stored;
}

async function assertClosed(repos: Repositories, campaign: Campaign, now: Date): Promise<void> {
  const extensions = await Promise.all((await repos.units.list()).map((u) => repos.units.deadlineFor(campaign.id, u.id)));
  const deadlines = [campaign.deadline, ...extensions.filter((d): d is string => d !== null)];
  const verdict = campaignClosed({ now, deadlines, statusCounts: await repos.nominations.countByStatus(campaign.id) });
  if (!verdict.ok) throw new AppError('INVALID_STATE', verdict.message);
}

/**
 * `admin.purgePersonalData`: removes 身份证号, 联系电话 and the ID hash from every nomination of a
 * closed campaign, in one transaction, with one audit entry holding the counts. Run again, it finds
 * nothing left and writes nothing.
 */
export async function purgePersonalData(ports: Ports, caller: Caller, campaignId: string): Promise<PurgeResult> {
  const campaign = await campaignOf(ports, campaignId);
  const now = ports.clock.now();
  await assertClosed(ports.db.read, campaign, now);
  const holding: string[] = [];
  for await (const n of everyNomination(ports.db.read, { campaignId })) if (SEALED_KEYS.some((k) => n.form[k])) holding.push(n.id);
  const result: PurgeResult = { campaignId, nominations: 0, idNumbers: 0, phones: 0, files: await eraseFiles(ports, campaignId) };
  if (holding.length === 0 && result.files.printables + result.files.exportFiles === 0) return result;
  await ports.db.transaction(async (tx) => {
    for (const id of holding) {
      const record = await tx.nominations.get(id);
      if (!record) continue;
      const { idNumber, phone, ...form } = record.form;
      if (!idNumber && !phone) continue;
      // updatedAt stays: the reviewers' lists keep their order; the audit entry says when.
      if (!(await tx.nominations.update({ ...record, form, version: record.version + 1 }, record.version)))
        throw new AppError('VERSION_CONFLICT');
      result.nominations += 1;
      result.idNumbers += idNumber ? 1 : 0;
      result.phones += phone ? 1 : 0;
    }
    const at = now.toISOString();
    const { campaignId: _id, ...counts } = result;
    await tx.audit.append({
      nominationId: null,
      actorId: caller.userId,
      action: 'purgePersonalData',
      fromStatus: null,
      toStatus: null,
      at,
      detail: { campaignId, ...counts },
    });
  });
  // The old pages are zeroed (secure_delete); the journal still has copies until they are checkpointed.
  await ports.db.scrub?.();
  return result;
}

/** Every 登记表 and every export file of the campaign: they were made from the values being removed. */
async function eraseFiles(ports: Ports, campaignId: string): Promise<PurgeResult['files']> {
  const printables = await ports.db.read.storedFiles.forCampaign(campaignId, 'printable');
  const exportFiles = await ports.db.read.storedFiles.forCampaign(campaignId, 'export');
  const bytes = (await eraseTracked(ports, printables)) + (await eraseTracked(ports, exportFiles));
  const jobs = [...new Set(exportFiles.map((f) => f.owner))];
  for (const jobId of jobs) await markExpired(ports, jobId);
  return { printables: printables.length, exportFiles: exportFiles.length, exportJobs: jobs.length, bytes };
}
