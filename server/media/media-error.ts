import type { UnreadableReason } from '../../domain/media/measured';

/** A file that cannot be measured; inspectMedia turns it into an "unreadable" outcome. */
export class MediaFormatError extends Error {
  constructor(
    readonly reason: UnreadableReason,
    detail: string,
  ) {
    super(detail);
    this.name = 'MediaFormatError';
  }
}

export function fail(reason: UnreadableReason, detail: string): never {
  throw new MediaFormatError(reason, detail);
}

/** An I/O failure of the underlying reader: not a verdict on the file, so it is rethrown. */
export class ReadFailure extends Error {
  constructor(override readonly cause: unknown) {
    super(`range read failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ReadFailure';
  }
}
