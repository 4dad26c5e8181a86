import { FORM_KEYS } from '../../domain/form/form-keys';
import type { NominationFormDraft } from '../../domain/form/nomination-form';
import { maskIdNumber } from '../../domain/identity/id-number';
import { maskPhone } from '../../domain/phone/phone';
import { SEALED_KEYS } from './personal-data/sealed-form';
import type { MediaRecord, NominationRecord, Repositories } from './repositories';

/**
 * The form and media as staff returned them, kept on the record so that after the resubmit they see
 * what changed. The sealed keys (身份证号, 电话) are kept masked, never whole: the snapshot is stored
 * as plain review data, and staff see those two masked anyway.
 */
export interface ReturnedSnapshot {
  at: string;
  version: number;
  form: NominationFormDraft;
  media: { id: string; kind: 'photo' | 'video'; fileId: string }[];
}

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export interface ReviewChanges {
  /** When staff returned the version compared against. */
  since: string;
  fields: FieldChange[];
  photos: { added: string[]; removed: string[] };
  video: { added: string[]; removed: string[] };
}

const SEALED: ReadonlySet<string> = new Set(SEALED_KEYS);

function masked(form: NominationFormDraft): NominationFormDraft {
  return {
    ...form,
    idNumber: form.idNumber ? maskIdNumber(form.idNumber) : undefined,
    phone: form.phone ? maskPhone(form.phone) : undefined,
  };
}

const passedMedia = (media: readonly MediaRecord[]) => media.filter((m) => m.ok).map((m) => ({ id: m.id, kind: m.kind, fileId: m.fileId }));

/** What `return` keeps of the record it returns. */
export async function snapshotForReturn(repos: Repositories, record: NominationRecord, at: string): Promise<ReturnedSnapshot> {
  return { at, version: record.version, form: masked(record.form), media: passedMedia(await repos.media.forNomination(record.id)) };
}

/**
 * The changes since staff last returned the record, once the unit has submitted again; null before that.
 * A sealed key compares masked (a change hidden by the mask is not seen); `withSealed: false` leaves them out (experts).
 */
export function changesSinceReturn(
  record: NominationRecord,
  snapshot: ReturnedSnapshot | undefined,
  media: readonly MediaRecord[],
  options: { withSealed: boolean },
): ReviewChanges | null {
  if (!snapshot || !record.submittedAt || record.submittedAt <= snapshot.at) return null;
  const now = masked(record.form);
  const fields: FieldChange[] = [];
  for (const field of FORM_KEYS) {
    if (SEALED.has(field) && !options.withSealed) continue;
    const before = snapshot.form[field] ?? null;
    const after = now[field] ?? null;
    if ((before ?? '') !== (after ?? '')) fields.push({ field, before, after });
  }
  const current = passedMedia(media);
  const diff = (kind: 'photo' | 'video') => {
    const was = new Set(snapshot.media.filter((m) => m.kind === kind).map((m) => m.id));
    const is = new Set(current.filter((m) => m.kind === kind).map((m) => m.id));
    return { added: [...is].filter((id) => !was.has(id)), removed: [...was].filter((id) => !is.has(id)) };
  };
  return { since: snapshot.at, fields, photos: diff('photo'), video: diff('video') };
}
