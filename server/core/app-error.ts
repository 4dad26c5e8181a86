import type { Reply, ReplyError } from '../../domain/api/envelope';
import { ERROR_MESSAGES, type ErrorCode } from '../../domain/errors/error-codes';
import type { FieldIssue } from '../../domain/errors/field-issue';

/** A failure the caller should see as a typed code; anything else becomes `INTERNAL`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldIssue[];
  readonly retryAfterSec?: number;

  constructor(code: ErrorCode, message?: string, extra: { fields?: FieldIssue[]; retryAfterSec?: number } = {}) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = extra.fields;
    this.retryAfterSec = extra.retryAfterSec;
  }

  toReplyError(): ReplyError {
    const error: ReplyError = { code: this.code, message: this.message };
    if (this.fields?.length) error.fields = this.fields;
    if (this.retryAfterSec !== undefined) error.retryAfterSec = this.retryAfterSec;
    return error;
  }
}

export function ok<T>(data: T): Reply<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message?: string, fields?: FieldIssue[]): Reply<never> {
  return { ok: false, error: new AppError(code, message, { fields }).toReplyError() };
}
