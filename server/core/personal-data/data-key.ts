/** The data key is 32 bytes (AES-256); written as base64 (44 characters) or hex (64). */
export const DATA_KEY_BYTES = 32;

/** A missing or malformed data key: a deployment error, reported before any personal data is touched. */
export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyError';
  }
}

/** Reads `JINGUO_DATA_KEY`-style text: 64 hex digits, or base64 / base64url of 32 bytes. */
export function parseDataKey(text: string | undefined, source = 'JINGUO_DATA_KEY'): Buffer {
  const value = (text ?? '').trim();
  if (!value) throw new DataKeyError(`${source} is not set: it must be 32 random bytes as base64 or hex (openssl rand -base64 32)`);
  const key = /^[0-9a-fA-F]{64}$/.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]{43}={0,1}$/.test(value)
      ? Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
      : null;
  if (!key || key.length !== DATA_KEY_BYTES) {
    throw new DataKeyError(
      `${source} is not a valid data key (${value.length} characters): it must be 32 bytes as 44 base64 characters or 64 hex digits (openssl rand -base64 32)`,
    );
  }
  return key;
}
