// Big-endian field readers over Uint8Array; out-of-range reads become corrupt-file errors, not crashes.
import { fail } from './media-error';

function need(bytes: Uint8Array, at: number, length: number): void {
  if (at < 0 || at + length > bytes.length) fail('corrupt', `field at ${at}+${length} outside a ${bytes.length}-byte box`);
}

export function u8(bytes: Uint8Array, at: number): number {
  need(bytes, at, 1);
  return bytes[at] as number;
}

export function u16(bytes: Uint8Array, at: number): number {
  need(bytes, at, 2);
  return ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
}

export function u32(bytes: Uint8Array, at: number): number {
  need(bytes, at, 4);
  return (
    (bytes[at] as number) * 0x1000000 + (((bytes[at + 1] as number) << 16) | ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number))
  );
}

/** 64-bit unsigned as a number: exact up to 2^53, far beyond any file or duration we meet. */
export function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) * 0x100000000 + u32(bytes, at + 4);
}

/** Signed 16.16 fixed point (tkhd matrix entries and sizes). */
export function fixed16(bytes: Uint8Array, at: number): number {
  const raw = u32(bytes, at);
  return (raw >= 0x80000000 ? raw - 0x100000000 : raw) / 65536;
}

export function ascii(bytes: Uint8Array, at: number, length: number): string {
  need(bytes, at, length);
  return String.fromCharCode(...bytes.subarray(at, at + length));
}
