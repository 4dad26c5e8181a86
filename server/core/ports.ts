import type { Campaign } from '../../domain/campaign/campaign';
import type { Role } from '../../domain/status/machine';
import type { Repositories } from './repositories';

/** The server's only view of time; the local runtime can start it at `NOW` and let it run on. */
export interface Clock {
  now(): Date;
}

/** Who is calling, as the platform vouches for it (OPENID in WeChat, the session token locally). */
export interface Principal {
  /** The platform's stable id for the person (OPENID, or `dev:<userId>` locally). */
  externalId: string | null;
  /** The bound user, if the person has one. */
  userId: string | null;
  /** What triggered the call, as the platform says (WeChat's SOURCE: wx_client, wx_trigger, …; `local`). */
  source?: string;
}

/** Resolves the platform's credential of the current request; never reads the event body. */
export interface Identity {
  principal(): Promise<Principal>;
}

/** Database access: repositories, and a unit of work that commits all or nothing. */
export interface Db {
  read: Repositories;
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** Makes erased values unrecoverable from the store's own files (SQLite: checkpoint and truncate the WAL); absent where there is nothing to do. */
  scrub?(): Promise<void>;
}

/** Random-access reads of a stored file; counts what it read so checks can prove they read little. */
export interface RangeReader {
  readonly size: number;
  readonly bytesRead: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

export interface StoredFile {
  fileId: string;
  size: number;
}

/** File storage (a folder locally, cloud storage in WeChat). */
export interface Files {
  put(path: string, bytes: Uint8Array): Promise<StoredFile>;
  open(fileId: string): Promise<RangeReader | null>;
  readAll(fileId: string): Promise<Uint8Array | null>;
  remove(fileId: string): Promise<void>;
  /** A short-lived URL the app can show the file from (cloud: a temp URL; local: a signed link, which also carries the download name). */
  url(fileId: string, name?: string): Promise<string>;
  /** Bytes still free where the files are stored (a local disk); absent where the platform bounds storage itself. */
  freeBytes?(): Promise<number>;
}

/** A message for one person: the inbox always gets it; a subscribe message goes out where allowed. */
export interface OutgoingMessage {
  userId: string;
  template: string;
  data: Record<string, string>;
  page?: string;
}

/** What became of one subscribe message; a thrown error counts as `retry`. */
export type SendOutcome =
  | { kind: 'sent' }
  /** WeChat says the person has no credit for the template (43101): our count was off. */
  | { kind: 'refused'; reason: string }
  /** The person cannot get subscribe messages (no WeChat identity). */
  | { kind: 'unreachable'; reason: string }
  /** Retrying cannot help: a wrong template id, page or values. */
  | { kind: 'invalid'; reason: string }
  /** May work later (WeChat busy, rate limit, network). */
  | { kind: 'retry'; reason: string };

/** Delivery of subscribe messages (WeChat), or a record of them (local). */
export interface Notify {
  /** Template ids by key as the deployment configured them; a key without one reaches the inbox only. */
  templateIds(): Readonly<Record<string, string>>;
  send(message: OutgoingMessage & { externalId: string | null }): Promise<SendOutcome>;
}

/** Content safety: WeChat's media check in the cloud; "not checked" locally. */
export interface ContentCheck {
  submitImage(fileId: string): Promise<{ status: 'pending' | 'not_checked'; traceId?: string }>;
  /**
   * Checks a text the caller wrote (WeChat's msgSecCheck): `profile` for 资料 — the nomination form —,
   * `comment` for remarks on someone else's material. Never rejects for a failed service: that is `not_checked`.
   */
  checkText(text: string, scene: TextScene): Promise<TextVerdict>;
}

export type TextScene = 'profile' | 'comment';

/** What the text check said: WeChat's suggestion (and its label), or why no check ran. */
export type TextVerdict =
  | { result: 'pass' | 'review' | 'risky'; label?: number; traceId?: string }
  | { result: 'not_checked'; reason: string };

/** A token bucket of one caller and kind (rate limits): tokens left at the instant `at`. */
export interface BucketState {
  tokens: number;
  at: string;
}

/** Where the rate limits keep each caller's buckets: a SQLite table locally, one document per caller in the cloud. */
export interface RateBuckets {
  /** Reads the caller's bucket of `kind`, and stores what `step` returns (nothing when it returns null). */
  spend(key: string, kind: 'write' | 'upload', step: (stored: BucketState | null) => BucketState | null): Promise<void>;
}

/** Everything a use case may touch. */
export interface Ports {
  db: Db;
  files: Files;
  notify: Notify;
  identity: Identity;
  clock: Clock;
  contentCheck: ContentCheck;
  rateBuckets: RateBuckets;
  /** Deployment settings a use case needs (the effective campaign id, etc.). */
  settings: ServerSettings;
}

export interface ServerSettings {
  campaignId: string;
  /** Overrides the stored campaign's deadline (local `DEADLINE`); absent in the cloud. */
  deadlineOverride?: string;
  /** Per-caller limits on writes and uploads; `DEFAULT_RATE_LIMITS` when absent. */
  rateLimits?: RateLimits;
  /** Uploads stop while less than this is free on the file store's disk, so saves and sign-ins keep their room. */
  storageFloorBytes?: number;
}

/** A token bucket: `burst` calls at once, then one more every `everySec` seconds. */
export interface RateRule {
  burst: number;
  everySec: number;
}

export interface RateLimits {
  write: RateRule;
  upload: RateRule;
}

export type { Campaign, Role };
