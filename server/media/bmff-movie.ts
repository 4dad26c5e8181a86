import { type Child, child, children } from './bmff-children';
import { ascii, fixed16, u8, u16, u32, u64 } from './binary';

/** The video track's facts, as stored in its boxes. */
export type VideoTrack = {
  trackId: number;
  /** tkhd matrix entries a, b, c, d. */
  matrix: [number, number, number, number];
  /** tkhd size (16.16): the display size, used when stsd has none. */
  tkhdWidth: number;
  tkhdHeight: number;
  mediaDuration?: number;
  /** First stsd entry: fourcc and coded size. */
  fourcc?: string;
  codedWidth?: number;
  codedHeight?: number;
};

export type Movie = {
  timescale: number;
  /** mvhd duration in seconds; undefined when 0 or "unknown" (all ones). */
  duration?: number;
  /** mvex/mehd fragment duration in seconds. */
  fragmentDuration?: number;
  hasMvex: boolean;
  video?: VideoTrack;
};

/** Version 0 fields are 32-bit, version 1 fields 64-bit; all ones means "unknown". */
function timeField(bytes: Uint8Array, at: number, version: number): number | undefined {
  const value = version === 1 ? u64(bytes, at) : u32(bytes, at);
  const unknown = version === 1 ? value >= 2 ** 53 : value === 0xffffffff;
  return unknown || value === 0 ? undefined : value;
}

const seconds = (units: number | undefined, timescale: number): number | undefined =>
  units !== undefined && timescale > 0 ? units / timescale : undefined;

/** Parses the moov payload: movie header, fragment header, and the first `vide` track. */
export function parseMovie(moov: Uint8Array): Movie {
  const root: Child = { type: 'moov', start: 0, end: moov.length };
  const mvhd = child(moov, root, 'mvhd');
  const v = mvhd ? u8(moov, mvhd.start) : 0;
  const timescale = mvhd ? u32(moov, mvhd.start + (v === 1 ? 20 : 12)) : 0;
  const duration = mvhd ? seconds(timeField(moov, mvhd.start + (v === 1 ? 24 : 16), v), timescale) : undefined;
  const mvex = child(moov, root, 'mvex');
  const mehd = mvex ? child(moov, mvex, 'mehd') : undefined;
  const fragmentDuration = mehd ? seconds(timeField(moov, mehd.start + 4, u8(moov, mehd.start)), timescale) : undefined;
  const traks = children(moov, root.start, root.end).filter((c) => c.type === 'trak');
  // Rotation on a metadata or audio track means nothing: only the video handler's track counts.
  const videoTrak = traks.find((trak) => handlerOf(moov, trak) === 'vide');
  return { timescale, duration, fragmentDuration, hasMvex: mvex !== undefined, video: videoTrak && parseTrack(moov, videoTrak) };
}

function handlerOf(moov: Uint8Array, trak: Child): string | undefined {
  const hdlr = child(moov, trak, 'mdia', 'hdlr');
  return hdlr ? ascii(moov, hdlr.start + 8, 4) : undefined;
}

function parseTrack(moov: Uint8Array, trak: Child): VideoTrack {
  const tkhd = child(moov, trak, 'tkhd');
  const tv = tkhd ? u8(moov, tkhd.start) : 0;
  // The matrix follows times, track_ID, duration, reserved[2], layer, group, volume, reserved.
  const m = tkhd ? tkhd.start + (tv === 1 ? 52 : 40) : 0;
  const track: VideoTrack = {
    trackId: tkhd ? u32(moov, tkhd.start + (tv === 1 ? 20 : 12)) : 0,
    matrix: tkhd ? [fixed16(moov, m), fixed16(moov, m + 4), fixed16(moov, m + 12), fixed16(moov, m + 16)] : [1, 0, 0, 1],
    tkhdWidth: tkhd ? fixed16(moov, m + 36) : 0,
    tkhdHeight: tkhd ? fixed16(moov, m + 40) : 0,
  };
  const mdhd = child(moov, trak, 'mdia', 'mdhd');
  if (mdhd) {
    const mv = u8(moov, mdhd.start);
    const scale = u32(moov, mdhd.start + (mv === 1 ? 20 : 12));
    track.mediaDuration = seconds(timeField(moov, mdhd.start + (mv === 1 ? 24 : 16), mv), scale);
  }
  const stsd = child(moov, trak, 'mdia', 'minf', 'stbl', 'stsd');
  const entry = stsd && u32(moov, stsd.start + 4) > 0 ? stsd.start + 8 : undefined;
  if (entry !== undefined && entry + 36 <= (stsd?.end ?? 0)) {
    track.fourcc = ascii(moov, entry + 4, 4);
    track.codedWidth = u16(moov, entry + 32);
    track.codedHeight = u16(moov, entry + 34);
  }
  return track;
}
