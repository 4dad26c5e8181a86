import { ascii, u32, u64 } from './binary';
import type { ByteSource } from './byte-source';
import { fail } from './media-error';

export type BoxHeader = { type: string; offset: number; size: number; headerSize: number };

/** The top level of an ISO-BMFF file, read header by header; only small boxes are read whole. */
export type TopLevel = {
  boxes: BoxHeader[];
  ftyp?: Uint8Array;
  moov?: Uint8Array;
  /** Payloads of the segment index boxes (fragmented files). */
  sidx: Uint8Array[];
  hasMoof: boolean;
};

// One request reads the neighbouring headers too (ftyp, free and mdat sit in the first 4 KB).
const HEADER_READ_AHEAD = 4096;
const MAX_TOP_BOXES = 100_000;
const MAX_MOOV_BYTES = 32 * 1024 * 1024;
const MAX_SIDX_BYTES = 1024 * 1024;

/**
 * Reads a box header at `offset` of `bytes` (which starts at file offset `base`). `limit` is where
 * the enclosing box or the file ends: a box that runs past it is cut short.
 */
export function parseBoxHeader(bytes: Uint8Array, at: number, base: number, limit: number): BoxHeader {
  const offset = base + at;
  if (limit - offset < 8) fail('truncated', `cut inside a box header at ${offset}`);
  const size32 = u32(bytes, at);
  const type = ascii(bytes, at + 4, 4);
  if (!/^[\x20-\x7e\xa9]{4}$/.test(type)) fail('corrupt', `not a box type at ${offset}`);
  let size = size32;
  let headerSize = 8;
  if (size32 === 1) {
    if (limit - offset < 16) fail('truncated', `cut inside the 64-bit header of ${type} at ${offset}`);
    size = u64(bytes, at + 8);
    headerSize = 16;
  } else if (size32 === 0) {
    size = limit - offset; // size 0: the box runs to the end of its parent (or the file)
  }
  if (size < headerSize) fail('corrupt', `box ${type} at ${offset} has impossible size ${size}`);
  if (offset + size > limit) fail('truncated', `box ${type} at ${offset} needs ${size} bytes, only ${limit - offset} left`);
  return { type, offset, size, headerSize };
}

/** Walks every top-level box (checking each against the file size) and keeps ftyp, moov and sidx. */
export async function walkTopLevel(src: ByteSource): Promise<TopLevel> {
  const top: TopLevel = { boxes: [], sidx: [], hasMoof: false };
  let offset = 0;
  while (offset < src.size) {
    if (top.boxes.length >= MAX_TOP_BOXES) fail('corrupt', `more than ${MAX_TOP_BOXES} top-level boxes`);
    const head = await src.get(offset, 16, HEADER_READ_AHEAD);
    const box = parseBoxHeader(head, 0, offset, src.size);
    top.boxes.push(box);
    await keep(src, box, top);
    offset += box.size;
  }
  return top;
}

async function keep(src: ByteSource, box: BoxHeader, top: TopLevel): Promise<void> {
  const payload = () => src.get(box.offset + box.headerSize, box.size - box.headerSize);
  if (box.type === 'ftyp' && !top.ftyp && box.size <= 4096) top.ftyp = await payload();
  else if (box.type === 'moov' && !top.moov) {
    if (box.size > MAX_MOOV_BYTES) fail('corrupt', `moov of ${box.size} bytes`);
    top.moov = await payload();
  } else if (box.type === 'sidx' && box.size <= MAX_SIDX_BYTES) top.sidx.push(await payload());
  else if (box.type === 'moof') top.hasMoof = true;
}
