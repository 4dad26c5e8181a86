import { createHash } from 'node:crypto';

const BASE32 = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** The 登记码: a short code printed on the paper form that leads back to the online record. */
export function shortCodeOf(nominationId: string): string {
  const digest = createHash('sha256').update(nominationId).digest();
  const chars = Array.from(digest.subarray(0, 6), (b) => BASE32[b % BASE32.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4)}`;
}
