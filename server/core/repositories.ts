import type { UnitType } from '../../domain/lists/unit-types';
import type { Campaign } from '../../domain/campaign/campaign';
import type { NominationFormDraft } from '../../domain/form/nomination-form';
import type { NominationStatus, Role } from '../../domain/status/machine';
import type { AuditAction } from '../../domain/audit/actions';
import type { ReturnedSnapshot } from './review-changes';
import type { AssignmentPlan } from '../../domain/review/assignments';

export type { UnitType };

export interface UnitRecord {
  id: string;
  name: string;
  type: UnitType;
  /** A test unit (WeChat's review demo): its nomination counts in no figure, list, reminder or export of the campaign. */
  test?: true;
}

export interface UserRecord {
  id: string;
  role: Role;
  name: string;
  unitId: string | null;
  externalId: string | null;
  /** Set when the admin deactivated the person: every call of theirs is refused from then on. */
  deactivatedAt?: string | null;
}

/** What the reviewers recorded on a nomination besides its status. */
export interface NominationReview {
  returnReasons?: { path: string | null; message: string }[];
  /** WeChat's text check of the form at the last submit; staff see a notice unless it passed. */
  textCheck?: TextCheckRecord;
  paper?: { copies: number; receivedOn: string; recordedBy: string; at: string } | null;
  /** The contact's consent at the last submit: when, and which version of the consent text. */
  consent?: { at: string; version: string; by: string };
  /** The form (sealed keys masked) and media as staff last returned them: `review.get`'s `changes` after the resubmit. */
  returnedSnapshot?: ReturnedSnapshot;
  /** The admin's drafted decision: it changes nothing until review.publishDecisions publishes the campaign's drafts together. */
  decision?: { decision: 'recommended' | 'not_recommended'; by: string; at: string } | null;
}

/** The text check of one submit: its overall outcome and the fields a person should look at. */
export interface TextCheckRecord {
  at: string;
  /** pass: WeChat passed every text; review: it asks for a person's look; not_checked: some text could not be checked. */
  status: 'pass' | 'review' | 'not_checked';
  flagged: { path: string; result: 'review' | 'not_checked'; label?: number; reason?: string }[];
}

export interface ScoreRecord {
  nominationId: string;
  expertId: string;
  /** draft: saved, not counted; final: counted in the ranking; abstained: conflict of interest. */
  state: 'draft' | 'final' | 'abstained';
  scores: Record<string, number>;
  comment: string | null;
  updatedAt: string;
}

export interface NominationRecord {
  id: string;
  campaignId: string;
  unitId: string;
  status: NominationStatus;
  version: number;
  form: NominationFormDraft;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  review: NominationReview;
}

export interface AuditEntry {
  nominationId: string | null;
  actorId: string;
  action: string;
  fromStatus: NominationStatus | null;
  toStatus: NominationStatus | null;
  at: string;
  detail?: Record<string, unknown>;
}

/** A logged entry as read back for the activity log, with the id its adapter gave it. */
export interface AuditRow extends AuditEntry {
  id: string;
}

/** What the activity log is searched by; every given filter must hold. */
export interface AuditFilter {
  actorId?: string;
  actions?: readonly string[];
  /** Entries about any of these nominations (an empty list matches none). */
  nominationIds?: readonly string[];
}

export interface InboxItem {
  id: string;
  userId: string;
  eventKey: string;
  title: string;
  body: string;
  page: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface OutboxItem {
  id: string;
  eventKey: string;
  userId: string;
  template: string;
  data: Record<string, string>;
  page: string | null;
  attempts: number;
  /** Not before then: the backoff after a failure, or the lease of the drain that claimed it. */
  nextAttemptAt: string;
  sentAt: string | null;
  lastError: string | null;
  /** Set once the item is done, whichever way: sent, skipped (no credit, refused) or given up. */
  closedAt: string | null;
  /** `sent`, `skipped: no credit`, `given up: …`; null while open. */
  outcome: string | null;
  /** A subscribe credit was taken for this message and not yet spent or given back. */
  creditHeld: boolean;
}

export interface MediaRecord {
  id: string;
  nominationId: string;
  kind: 'photo' | 'video';
  fileId: string;
  position: number;
  ok: boolean;
  /** What the server check measured (container, size, rotation, duration, …). */
  measured: Record<string, unknown>;
  verdict: {
    ok: boolean;
    reasons: { code: string; message: string }[];
    /** Content safety: WeChat's asynchronous image check, "not_checked" locally, "manual" for videos. */
    contentCheck?: { status: 'pending' | 'not_checked' | 'manual' | 'pass' | 'risky'; traceId?: string };
  };
  createdAt: string;
}

export interface UploadRecord {
  fileId: string;
  kind: 'photo' | 'video';
  ownerId: string;
  unitId: string | null;
  originalName: string;
  size: number;
  createdAt: string;
}

export interface InviteRecord {
  code: string;
  role: Role;
  unitId: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  usedBy: string | null;
  usedAt: string | null;
  revokedAt: string | null;
}

/** How much one export step may do; chosen when the job starts and kept with it. */
export interface ExportBudget {
  /** A call runs steps until this much time has passed (then replies progress). */
  callMs: number;
  /** A zip part stops taking nominations after this long. */
  stepMs: number;
  /** Nominations turned into roster rows per step. */
  rowsPerStep: number;
  /** Most bytes of media a zip part holds; a nomination's files beyond it are handed out as they are stored. */
  partBytes: number;
  /** How long a call holds the job before another call may take it over. */
  leaseMs: number;
}

export interface ExportFile {
  fileId: string;
  name: string;
  size: number;
}

/** An export that runs in steps; each step stores its output and this record, so a timeout loses one step at most. */
export interface ExportJobRecord {
  id: string;
  campaignId: string;
  format: 'xlsx' | 'zip';
  full: boolean;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** `expired`: its files were removed (retention ran out, or the campaign's personal data was purged). */
  phase: 'listing' | 'rows' | 'roster' | 'packing' | 'done' | 'failed' | 'expired';
  /** Keyset cursor of the listing phase. */
  cursor: string | null;
  /** The nominations to export, fixed when listing ends, with their folder names and (zip) their rendered 登记表. */
  items: { id: string; unitId: string; folder: string; pdfFileId?: string }[];
  /** Index into `items` of the next nomination to turn into a row or pack. */
  next: number;
  /** Stored JSON chunks of roster rows, in order. */
  rowChunks: string[];
  roster: ExportFile | null;
  parts: ExportFile[];
  /** Files too large to copy into a part: delivered by their own stored file id. */
  linked: ExportFile[];
  budget: ExportBudget;
  leaseUntil: string | null;
  /** Calls that took the job since its last completed step; too many means the step cannot finish. */
  attempts: number;
  steps: number;
  error: string | null;
}

/**
 * The ledger of what the server put into storage, so it can be found again to expire or erase it
 * (cloud storage cannot list a folder): every printable, export file and upload has a row.
 */
export interface StoredFileRecord {
  fileId: string;
  kind: 'printable' | 'export' | 'upload';
  campaignId: string;
  /** The nomination (printable), the export job (export) or the unit (upload) the file belongs to. */
  owner: string;
  size: number;
  createdAt: string;
  /** When the scheduler looks at it next: an export is removed then, an upload removed unless attached. Null: kept. */
  reviewAt: string | null;
  /** An upload a nomination was seen using: once it no longer is, it gets a whole grace period before it goes. */
  seenAttached?: boolean;
}

export interface NominationFilter {
  campaignId: string;
  statuses?: NominationStatus[];
  unitIds?: string[];
  /** Leave out the nominations of test units (the review demo), as every real figure, ranking and export does. */
  excludeTest?: boolean;
}

/** Repositories: what use cases may read and write. Both adapters (SQLite, cloud DB) implement them. */
export interface Repositories {
  campaigns: {
    get(id: string): Promise<Campaign | null>;
    put(campaign: Campaign): Promise<void>;
  };
  units: {
    list(): Promise<UnitRecord[]>;
    get(id: string): Promise<UnitRecord | null>;
    put(unit: UnitRecord): Promise<void>;
    /** A per-unit deadline extension granted by the admin, if any. */
    deadlineFor(campaignId: string, unitId: string): Promise<string | null>;
    /** Grants (or, with null, withdraws) a unit's own later deadline. */
    setDeadline(campaignId: string, unitId: string, deadline: string | null): Promise<void>;
  };
  users: {
    get(id: string): Promise<UserRecord | null>;
    list(): Promise<UserRecord[]>;
    byRole(role: Role): Promise<UserRecord[]>;
    put(user: UserRecord): Promise<void>;
    findByExternalId(externalId: string): Promise<UserRecord | null>;
  };
  invites: {
    get(code: string): Promise<InviteRecord | null>;
    put(invite: InviteRecord): Promise<void>;
    list(): Promise<InviteRecord[]>;
  };
  nominations: {
    get(id: string): Promise<NominationRecord | null>;
    getByUnit(campaignId: string, unitId: string): Promise<NominationRecord | null>;
    /** False when the unit already has one: the database's unique key holds the one-per-unit rule. */
    insert(record: NominationRecord): Promise<boolean>;
    /** Writes only when the stored version is `expectedVersion`; false otherwise. */
    update(record: NominationRecord, expectedVersion: number): Promise<boolean>;
    list(filter: NominationFilter, page: { after?: string; limit: number }): Promise<NominationRecord[]>;
    /** The campaign's nominations with this 身份证号 (after normalisation), found by its keyed hash: no form is read to look. */
    withIdNumber(campaignId: string, idNumber: string): Promise<NominationRecord[]>;
    /** The campaign's real nominations by status: a test unit's are left out, so they count in no figure and hold up no closing. */
    countByStatus(campaignId: string): Promise<Record<string, number>>;
  };
  scores: {
    forNomination(nominationId: string): Promise<ScoreRecord[]>;
    get(nominationId: string, expertId: string): Promise<ScoreRecord | null>;
    /** One expert's scores on every nomination: the list's marks and counts in one query. */
    forExpert(expertId: string): Promise<ScoreRecord[]>;
    /** The scores of many nominations in a few queries (the ranking of hundreds), in no particular order. */
    forNominations(nominationIds: readonly string[]): Promise<ScoreRecord[]>;
    put(record: ScoreRecord): Promise<void>;
  };
  /** Which expert scores which nominations, one plan per campaign; none stored means every expert scores everything. */
  assignments: {
    get(campaignId: string): Promise<AssignmentPlan | null>;
    put(plan: AssignmentPlan): Promise<void>;
  };
  media: {
    forNomination(nominationId: string): Promise<MediaRecord[]>;
    /** The media whose content check WeChat answers with this trace id. */
    findByTraceId(traceId: string): Promise<MediaRecord | null>;
    get(id: string): Promise<MediaRecord | null>;
    put(record: MediaRecord): Promise<void>;
    remove(id: string): Promise<void>;
  };
  uploads: {
    get(fileId: string): Promise<UploadRecord | null>;
    put(record: UploadRecord): Promise<void>;
  };
  audit: {
    /** Writes only a listed action, so every one has its label in the timeline; rows read back may be older. */
    append(entry: AuditEntry & { action: AuditAction }): Promise<void>;
    forNomination(nominationId: string): Promise<AuditEntry[]>;
    /** Newest first, a page at a time; `cursor` is the adapter's own (from the previous page), null after the last. */
    search(filter: AuditFilter, page: { cursor?: string; limit: number }): Promise<{ rows: AuditRow[]; nextCursor: string | null }>;
  };
  inbox: {
    /** Idempotent per (userId, eventKey). */
    add(item: InboxItem): Promise<void>;
    list(userId: string, limit: number): Promise<InboxItem[]>;
    unreadCount(userId: string): Promise<number>;
    markRead(userId: string, ids: string[] | 'all', at: string): Promise<number>;
  };
  outbox: {
    /** Idempotent per eventKey. */
    enqueue(item: OutboxItem): Promise<void>;
    /** Open items whose next attempt is due; candidates only, a drain claims each in a transaction. */
    due(now: string, limit: number): Promise<OutboxItem[]>;
    get(id: string): Promise<OutboxItem | null>;
    /** Writes the item's new state (inside the transaction that read it). */
    put(item: OutboxItem): Promise<void>;
  };
  /** One-time subscribe credits: how many messages of a template a person has allowed and we have not sent. */
  credits: {
    get(userId: string, key: string): Promise<number>;
    forUser(userId: string): Promise<Record<string, number>>;
    set(userId: string, key: string, credits: number, at: string): Promise<void>;
  };
  storedFiles: {
    put(record: StoredFileRecord): Promise<void>;
    remove(fileId: string): Promise<void>;
    /** The files of one owner (a nomination's printables, a job's export files, a unit's uploads). */
    byOwner(kind: StoredFileRecord['kind'], owner: string): Promise<StoredFileRecord[]>;
    forCampaign(campaignId: string, kind: StoredFileRecord['kind']): Promise<StoredFileRecord[]>;
    /** Files whose `reviewAt` has come, oldest first. */
    due(now: string, limit: number): Promise<StoredFileRecord[]>;
  };
  exportJobs: {
    get(id: string): Promise<ExportJobRecord | null>;
    insert(job: ExportJobRecord): Promise<void>;
    /** Writes only when the stored version is `expectedVersion`; false otherwise. */
    update(job: ExportJobRecord, expectedVersion: number): Promise<boolean>;
  };
}
