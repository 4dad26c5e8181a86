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
  history: { at: string; action: string; from: NominationStatus | null; to: NominationStatus | null; detail?: Record<string, unknown> }[];
  unit: { id: string; name: string; type: string } | null;
  review: {
    returnReasons?: { path: string | null; message: string }[];
    paper?: { copies: number; receivedOn: string } | null;
    /** Staff only: WeChat's text check of the last submit. */
    textCheck?: TextCheckView;
    /** The admin's drafted decision, not yet published. */
    decision?: { decision: 'recommended' | 'not_recommended'; at: string } | null;
  };
  scores: ScoreView[];
  duplicateUnits: string[];
  submittedAt: string | null;
}
