/**
 * The largest event a function takes: 1 MiB of JSON, on every path in. The local runtime counts the
 * request body's bytes (`readBody`); in the cloud WeChat delivers the event already parsed, so the
 * cloud entry measures it as JSON (`eventTooLarge`) and refuses the same events the same way.
 */
export const EVENT_SIZE_LIMIT = 1024 * 1024;

/** Is this event, as JSON, over the limit? An event JSON cannot carry is left to validation to refuse. */
export function eventTooLarge(event: unknown): boolean {
  let json: string | undefined;
  try {
    json = JSON.stringify(event);
  } catch {
    return false;
  }
  // Cheap before exact: a string never takes fewer UTF-8 bytes than its length.
  if (json === undefined || json.length <= EVENT_SIZE_LIMIT / 3) return false;
  return json.length > EVENT_SIZE_LIMIT || Buffer.byteLength(json, 'utf8') > EVENT_SIZE_LIMIT;
}
