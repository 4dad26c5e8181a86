import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { normalizeIdNumber } from '../../../domain/identity/id-number';
import { AppError } from '../app-error';

/**
 * Seals personal data at rest. The repositories of both adapters hold one; use cases never do,
 * so they work with plaintext forms and no handler can reach the key.
 */
export interface PersonalDataCipher {
  /** Which key seals new values (a digest of it, safe to log and store). */
  readonly keyId: string;
  /** `pd1:<keyId>:<iv>:<tag>:<ciphertext>`; `context` (record and field) is authenticated, not stored. */
  seal(plaintext: string, context: string): string;
  /** The plaintext of an envelope sealed with the same context; SealedDataError when it cannot be opened. */
  open(envelope: string, context: string): string;
  /** Keyed hash of a 身份证号 after the domain's normalisation, to find the same candidate twice. */
  idHash(idNumber: string): string;
}

const VERSION = 'pd1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A stored value that cannot be opened (wrong key, tampered). The caller sees INTERNAL; the log says why. */
export class SealedDataError extends AppError {
  constructor(context: string, reason: string) {
    super('INTERNAL', '个人信息无法解密（数据密钥不符或数据已被改动），请联系管理员');
    this.name = 'SealedDataError';
    // Never the value: only where it was and why it failed.
    console.error(`[personal-data] cannot open ${context}: ${reason}`);
  }
}

// Sub-keys per purpose, so the hash key, the encryption key and the key id never coincide.
const derive = (key: Buffer, purpose: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `jinguo/${purpose}`, 32));
const b64 = (bytes: Buffer) => bytes.toString('base64url');

interface KeyMaterial {
  id: string;
  seal: Buffer;
}

function material(key: Buffer): KeyMaterial {
  return { id: b64(createHash('sha256').update(derive(key, 'key-id/v1')).digest().subarray(0, 8)), seal: derive(key, 'seal/pd1') };
}

/** The cipher of one data key; `previous` keys still open what they sealed (for a later rotation). */
export function createPersonalDataCipher(key: Buffer, previous: readonly Buffer[] = []): PersonalDataCipher {
  const current = material(key);
  const ring = new Map([current, ...previous.map(material)].map((m) => [m.id, m]));
  const hashKey = derive(key, 'id-hash/v1');
  const aad = (keyId: string, context: string) => Buffer.from(`${VERSION}:${keyId}:${context}`, 'utf8');
  return {
    keyId: current.id,
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current.seal, iv);
      cipher.setAAD(aad(current.id, context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, current.id, b64(iv), b64(cipher.getAuthTag()), b64(body)].join(':');
    },
    open(envelope, context) {
      const [version, keyId, iv, tag, body, ...rest] = envelope.split(':');
      if (version !== VERSION || body === undefined || rest.length > 0) throw new SealedDataError(context, 'not a pd1 envelope');
      const used = ring.get(keyId);
      if (!used) throw new SealedDataError(context, `sealed with key ${keyId}, this server has key ${current.id}`);
      const ivBytes = Buffer.from(iv, 'base64url');
      const tagBytes = Buffer.from(tag, 'base64url');
      if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) throw new SealedDataError(context, 'malformed envelope');
      try {
        const decipher = createDecipheriv('aes-256-gcm', used.seal, ivBytes, { authTagLength: TAG_BYTES });
        decipher.setAAD(aad(keyId, context));
        decipher.setAuthTag(tagBytes);
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        throw new SealedDataError(context, 'authentication failed (tampered or wrong key)');
      }
    },
    idHash(idNumber) {
      return b64(createHmac('sha256', hashKey).update(normalizeIdNumber(idNumber), 'utf8').digest());
    },
  };
}
