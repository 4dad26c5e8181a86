import type { NominationStatus } from '../../../domain/status/machine';
import type { TextCheckView } from './text-check-notice';

export interface MediaView {
  id: string;
  kind: 'photo' | 'video';
  fileId: string;
  url: string;
  ok: boolean;
  measured: Record<string, unknown>;
  verdict: { ok: boolean; reasons: { code: string; message: string }[] };
}

export interface ScoreView {
  expertId: string;
  state: 'draft' | 'final' | 'abstained';
  scores: Record<string, number>;
  comment: string | null;
}

export interface ReviewRecord {
  id: string;
  version: number;
  status: NominationStatus;
  form: Record<string, string | undefined>;
  age: number | null;
  photos: MediaView[];
  video: MediaView | null;
  history: {
    at: string;
    action: string;
    from: NominationStatus | null;
    to: NominationStatus | null;
    detail?: Record<string, unknown>;
    /** Staff and the admin see who did each step. */
    actorName?: string;
  }[];
  unit: { id: string; name: string; type: string } | null;
  review: {
    returnReasons?: { path: string | null; message: string }[];
    paper?: { copies: number; receivedOn: string } | null;
    /** The contact's consent at the last submit (`nomination.submit` records it). */
    consent?: { at: string; version: string };
    /** Staff only: WeChat's text check of the last submit. */
    textCheck?: TextCheckView;
    /** The admin's drafted decision, not yet published. */
    decision?: { decision: 'recommended' | 'not_recommended'; at: string } | null;
  };
  scores: ScoreView[];
  duplicateUnits: string[];
  submittedAt: string | null;
  /** The 登记码 printed on the 登记表. */
  shortCode: string;
  /** What the unit changed since staff last returned it, once resubmitted; null otherwise. */
  changes: {
    since: string;
    fields: { field: string; before: string | null; after: string | null }[];
    photos: { added: string[]; removed: string[] };
    video: { added: string[]; removed: string[] };
  } | null;
}
