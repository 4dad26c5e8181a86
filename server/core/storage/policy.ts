import type { Campaign } from '../../../domain/campaign/campaign';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** An export's files are removed this long after the export started, unless the campaign says otherwise. */
export const DEFAULT_EXPORT_RETENTION_DAYS = 7;
/** An upload never attached to a nomination is removed after this long. */
export const UNATTACHED_UPLOAD_HOURS = 24;
/** A removed or replaced photo or video stays this long (a reviewer's open page still shows it). */
export const DEFAULT_REMOVED_MEDIA_GRACE_HOURS = 72;
/** The default per-unit quota, in complete sets of media at the campaign's largest sizes. */
export const QUOTA_SETS = 3;

const addMs = (at: Date | string, ms: number) => new Date(new Date(at).getTime() + ms).toISOString();

export const exportExpiry = (campaign: Campaign, startedAt: string) =>
  addMs(startedAt, (campaign.storage?.exportRetentionDays ?? DEFAULT_EXPORT_RETENTION_DAYS) * DAY_MS);

export const unattachedUploadCheck = (createdAt: string) => addMs(createdAt, UNATTACHED_UPLOAD_HOURS * HOUR_MS);

export const removedMediaGrace = (campaign: Campaign, now: Date) =>
  addMs(now, (campaign.storage?.removedMediaGraceHours ?? DEFAULT_REMOVED_MEDIA_GRACE_HOURS) * HOUR_MS);

/** Bytes a unit may keep in uploads: the campaign's quota, else a few times the largest complete set of media it allows. */
export function unitQuotaBytes(campaign: Campaign): number {
  if (campaign.storage?.unitQuotaBytes) return campaign.storage.unitQuotaBytes;
  const { photos, video, upload } = campaign.media;
  return QUOTA_SETS * (photos.max * upload.photoMaxBytes + video.count * upload.videoMaxBytes);
}
