import type { NominationFormDraft } from '../domain/form/nomination-form';
import { FORM_KEYS } from '../domain/form/nomination-form';
import { demoForm } from '../scripts/seed/demo-form';
import type { TimedClient } from './load-client';

export interface LoadMedia {
  photos: Uint8Array<ArrayBuffer>[];
  video: Uint8Array<ArrayBuffer>;
}

/** What one simulated contact was told: each acknowledged saveDraft's version and form, and the last version. */
export interface FlowOutcome {
  unitId: string;
  contactId: string;
  drafts: { version: number; form: NominationFormDraft }[];
  lastVersion: number;
  submitted: boolean;
  failed: string | null;
}

type Saved = { id: string; version: number };

/** The wizard's steps: the form filled in 3 or 4 saves, the last one complete. */
function formSteps(i: number): NominationFormDraft[] {
  const full = demoForm(i);
  const steps = 3 + (i % 2);
  return Array.from({ length: steps }, (_, s) => {
    const keys = FORM_KEYS.slice(0, Math.ceil(((s + 1) / steps) * FORM_KEYS.length));
    return Object.fromEntries(keys.map((k) => [k, full[k]])) as NominationFormDraft;
  });
}

async function attach(c: TimedClient, token: string, kind: 'photo' | 'video', bytes: Uint8Array<ArrayBuffer>) {
  const upload = await c.upload(token, kind, bytes);
  if (!upload.ok) return upload.error.code;
  const checked = await c.call(token, 'media', { action: 'check', fileId: upload.data.fileId, kind });
  return checked.ok ? null : checked.error.code;
}

/** Uploads and checks the photos, then the video; answers the first failure (`<kind> <code>`), or null. */
export async function attachAll(c: TimedClient, token: string, media: LoadMedia): Promise<string | null> {
  for (const [kind, bytes] of [...media.photos.map((p) => ['photo', p] as const), ['video', media.video] as const]) {
    const failed = await attach(c, token, kind, bytes);
    if (failed) return `${kind} ${failed}`;
  }
  return null;
}

/** A contact's whole flow, as the app does it: sign in, read the campaign, save the drafts, upload and check the media, submit. */
export async function contactFlow(c: TimedClient, i: number, unit: { unitId: string; contactId: string }, media: LoadMedia) {
  const outcome: FlowOutcome = { ...unit, drafts: [], lastVersion: 0, submitted: false, failed: null };
  const token = await c.login(unit.contactId);
  const campaign = await c.call(token, 'campaign', { action: 'current' });
  if (!campaign.ok) return { ...outcome, failed: `campaign.current ${campaign.error.code}` };
  let version: number | undefined;
  for (const form of formSteps(i)) {
    const saved = await c.call<Saved>(token, 'nomination', { action: 'saveDraft', version, form });
    if (!saved.ok) return { ...outcome, failed: `saveDraft ${saved.error.code}` };
    version = saved.data.version;
    outcome.drafts.push({ version, form });
    outcome.lastVersion = version;
  }
  const failed = await attachAll(c, token, media);
  if (failed) return { ...outcome, failed };
  const submitted = await c.call<Saved>(token, 'nomination', { action: 'submit', version, consent: true });
  if (!submitted.ok) return { ...outcome, failed: `submit ${submitted.error.code}` };
  return { ...outcome, lastVersion: submitted.data.version, submitted: true };
}

/** Runs `work(0 … count-1)` with at most `concurrency` in flight. */
export async function pool<T>(count: number, concurrency: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) results[i] = await work(i);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return results;
}
