import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Clock } from '../../core/ports';

const TTL_SEC = 2 * 60 * 60;

export interface SignedLinks {
  /** `name`, when given, is the file name the download offers (signed too, so a link cannot be renamed). */
  sign(fileId: string, name?: string): string;
  verify(fileId: string, expires: string | null, signature: string | null, name?: string | null): boolean;
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
  const mac = (fileId: string, expires: string, name: string | null) =>
    createHmac('sha256', secret)
      .update(name === null ? `${fileId}\n${expires}` : `${fileId}\n${expires}\n${name}`)
      .digest('base64url');
  return {
    sign(fileId, name) {
      const expires = String(Math.floor(clock.now().getTime() / 1000) + TTL_SEC);
      const named = name ? `&name=${encodeURIComponent(name)}` : '';
      return `/api/files/${encodeURIComponent(fileId)}?expires=${expires}${named}&sig=${mac(fileId, expires, name || null)}`;
    },
    verify(fileId, expires, signature, name = null) {
      if (!expires || !signature || Number(expires) * 1000 < clock.now().getTime()) return false;
      const expected = Buffer.from(mac(fileId, expires, name || null));
      const given = Buffer.from(signature);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
