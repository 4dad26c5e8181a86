import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../core/ports';

const TTL_SEC = 2 * 60 * 60;

export interface SignedLinks {
  sign(fileId: string): string;
  verify(fileId: string, expires: string | null, signature: string | null): boolean;
}

/** A secret kept in DATA_DIR, made on first start; links signed with it survive restarts. */
function secretIn(dataDir: string): Buffer {
  const file = path.join(dataDir, 'link-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex');
}

/**
 * Short-lived download links, the local stand-in for cloud storage's temp URLs: an <img> or
 * <video> cannot send the Authorization header, so the link itself carries the permission.
 */
export function signedLinks(dataDir: string, clock: Clock): SignedLinks {
  const secret = secretIn(dataDir);
  const mac = (fileId: string, expires: string) => createHmac('sha256', secret).update(`${fileId}\n${expires}`).digest('base64url');
  return {
    sign(fileId) {
      const expires = String(Math.floor(clock.now().getTime() / 1000) + TTL_SEC);
      return `/api/files/${encodeURIComponent(fileId)}?expires=${expires}&sig=${mac(fileId, expires)}`;
    },
    verify(fileId, expires, signature) {
      if (!expires || !signature || Number(expires) * 1000 < clock.now().getTime()) return false;
      const expected = Buffer.from(mac(fileId, expires));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
