import type { Campaign } from '../../domain/campaign/campaign';
import type { FieldIssue } from '../../domain/errors/field-issue';
import { ageFromIdNumber } from '../../domain/form/age';
import { mayTransition, type NominationAction, type NominationStatus } from '../../domain/status/machine';
import { type AuditAction, historyFor } from '../../domain/audit/actions';
import { AppError } from './app-error';
import type { Caller } from './caller';
import { currentCampaign, deadlineForUnit } from './campaign-service';
import type { Files, Ports } from './ports';
import type { MediaRecord, NominationRecord, Repositories } from './repositories';

/** The contact's unit, or FORBIDDEN: only a unit's contact acts on its nomination. */
export function contactOf(caller: Caller | null): { me: Caller; unitId: string } {
  if (!caller) throw new AppError('UNAUTHENTICATED');
  if (caller.role !== 'contact' || !caller.unitId) throw new AppError('FORBIDDEN');
  return { me: caller, unitId: caller.unitId };
}

/** Asks the status machine; the server uses nothing else to decide whether an action may happen. */
export async function allowTransition(
  tx: Repositories,
  args: {
    campaign: Campaign;
    unitId: string;
    caller: Caller;
    status: NominationStatus | null;
    action: NominationAction;
    now: Date;
    decision?: 'recommended' | 'not_recommended';
  },
): Promise<NominationStatus> {
  const deadline = await deadlineForUnit(args.campaign, args.unitId, tx);
  const verdict = mayTransition({
    status: args.status,
    action: args.action,
    role: args.caller.role,
    now: args.now,
    deadline,
    decision: args.decision,
  });
  if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
  return verdict.to;
}

/** Media that passed the server check, by kind, in order. */
export function passedMedia(media: readonly MediaRecord[]) {
  const passed = media.filter((m) => m.ok);
  return {
    photos: passed.filter((m) => m.kind === 'photo').sort((a, b) => a.position - b.position),
    videos: passed.filter((m) => m.kind === 'video'),
  };
}

/** What `submit` adds to the form's issues when photos or the video are missing. */
export function mediaIssues(media: readonly MediaRecord[], rules: Campaign['media']): FieldIssue[] {
  const { photos, videos } = passedMedia(media);
  const issues: FieldIssue[] = [];
  if (photos.length < rules.photos.min || photos.length > rules.photos.max) {
    issues.push({
      path: 'photos',
      code: 'MEDIA_REQUIRED',
      message: `需要 ${rules.photos.min}–${rules.photos.max} 张通过检查的工作照，目前有 ${photos.length} 张`,
    });
  }
  if (videos.length !== 1) {
    issues.push({
      path: 'video',
      code: 'MEDIA_REQUIRED',
      message: videos.length === 0 ? '请上传 1 段通过检查的横屏短视频' : '只能保留 1 段短视频，请删除多余的视频',
    });
  }
  return issues;
}

/** The nomination as its contact sees it (the whole record, with media and history). */
export async function nominationView(
  repos: Repositories,
  files: Files,
  record: NominationRecord,
  campaign: Campaign,
  options: { internal?: boolean } = {},
) {
  const [media, history] = await Promise.all([repos.media.forNomination(record.id), repos.audit.forNomination(record.id)]);
  return {
    id: record.id,
    version: record.version,
    status: record.status,
    form: record.form,
    age: record.form.idNumber ? ageFromIdNumber(record.form.idNumber, campaign.deadline) : null,
    photos: await withUrls(
      files,
      media.filter((m) => m.kind === 'photo'),
    ),
    video:
      (
        await withUrls(
          files,
          media.filter((m) => m.kind === 'video'),
        )
      )[0] ?? null,
    history: historyFor(
      history.filter((h) => h.action !== 'reveal'),
      options.internal === true,
    ).map((h) => ({ at: h.at, action: h.action, from: h.fromStatus, to: h.toStatus, detail: h.detail })),
    // The reviewers' reasons for a return, and the paper forms' arrival, are the contact's to see.
    review: { returnReasons: record.review.returnReasons ?? [], paper: record.review.paper ?? null },
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    submittedAt: record.submittedAt,
  };
}

const withUrls = (files: Files, media: MediaRecord[]) => Promise.all(media.map(async (m) => ({ ...m, url: await files.url(m.fileId) })));

/** A deterministic id: the same unit in the same campaign can only ever have this one nomination. */
export const nominationId = (campaignId: string, unitId: string) => `${campaignId}:${unitId}`;

/** Writes a step on a nomination and its audit entry, in the caller's transaction; a lost race is VERSION_CONFLICT. */
export async function writeStep(tx: Repositories, actorId: string, before: NominationRecord, after: NominationRecord, action: AuditAction) {
  if (!(await tx.nominations.update(after, before.version))) throw new AppError('VERSION_CONFLICT');
  await tx.audit.append({
    nominationId: after.id,
    actorId,
    action,
    fromStatus: before.status,
    toStatus: after.status,
    at: after.updatedAt,
  });
}

export interface OwnNominationStep {
  tx: Repositories;
  me: Caller;
  unitId: string;
  campaign: Campaign;
  existing: NominationRecord;
  now: Date;
}

/** A contact's step on their unit's own nomination, in one transaction; NOT_FOUND while there is none. */
export function onOwnNomination<T>(ports: Ports, caller: Caller | null, work: (step: OwnNominationStep) => Promise<T>): Promise<T> {
  const { me, unitId } = contactOf(caller);
  const now = ports.clock.now();
  return ports.db.transaction(async (tx) => {
    const campaign = await currentCampaign(ports, tx);
    const existing = await tx.nominations.getByUnit(campaign.id, unitId);
    if (!existing) throw new AppError('NOT_FOUND', '还没有填写推荐信息，请先填写并保存');
    return work({ tx, me, unitId, campaign, existing, now });
  });
}
