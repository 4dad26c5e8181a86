import type { ErrorCode } from '../errors/error-codes';
import type { FieldIssue } from '../errors/field-issue';

/** The reply of every cloud function (API.md "Envelope"). */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: ReplyError };

export interface ReplyError {
  code: ErrorCode;
  message: string;
  fields?: FieldIssue[];
  /** Seconds to wait before trying again (`RATE_LIMITED`). */
  retryAfterSec?: number;
}

/** The names of the cloud functions (the folder names under cloudfunctions/); `scheduler` only answers its timer. */
export const FUNCTION_NAMES = ['auth', 'campaign', 'nomination', 'media', 'review', 'notify', 'admin', 'scheduler'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

export function isFunctionName(value: string): value is FunctionName {
  return (FUNCTION_NAMES as readonly string[]).includes(value);
}
