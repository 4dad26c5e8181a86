import type { FunctionName, ReplyError } from '../../domain/api/envelope';
import type { ErrorCode } from '../../domain/errors/error-codes';
import type { FieldIssue } from '../../domain/errors/field-issue';
import { transport } from './transport';

/** A failed call: the server's typed code and Chinese message, or a network failure. */
export class ApiError extends Error {
  readonly code: ErrorCode | 'NETWORK_ERROR';
  readonly fields: FieldIssue[];
  /** `RATE_LIMITED`: seconds until a retry can work (the message already says so in Chinese). */
  readonly retryAfterSec?: number;

  constructor(error: ReplyError | { code: 'NETWORK_ERROR'; message: string }) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.fields = 'fields' in error && error.fields ? error.fields : [];
    this.retryAfterSec = 'retryAfterSec' in error ? error.retryAfterSec : undefined;
  }
}

/** Calls one action of a cloud function and returns its data, or throws an `ApiError`. */
export async function callFunction<T>(name: FunctionName, action: string, payload: Record<string, unknown> = {}): Promise<T> {
  let reply: Awaited<ReturnType<typeof transport>>;
  try {
    reply = await transport(name, { ...payload, action });
  } catch {
    throw new ApiError({ code: 'NETWORK_ERROR', message: '网络连接失败，请检查网络后重试' });
  }
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new ApiError({ code: 'INTERNAL', message: '服务返回了无法识别的内容，请稍后再试' });
  }
  if (!reply.ok) throw new ApiError(reply.error);
  return reply.data as T;
}

/** The Chinese text to show for a failed call: the message, then each field's, named by `labels`. */
export function errorText(error: unknown, fallback: string, labels: Record<string, string> = {}): string {
  if (!(error instanceof ApiError)) return fallback;
  const fields = error.fields
    .filter((f) => f.message !== error.message)
    .map((f) => (labels[f.path] ? `${labels[f.path]}${f.message}` : f.message));
  return [error.message, ...fields].join('；');
}
