import { ascii, u32 } from './binary';

// Brands that declare plain MP4 (ISO base media, MP4 v1/v2, DASH/CMAF, Apple M4V, camera MP4 variants).
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'iso7',
  'iso8',
  'iso9',
  'mp41',
  'mp42',
  'mp71',
  'avc1',
  'dash',
  'msdh',
  'msix',
  'cmfc',
  'cmf2',
  'M4V ',
  'M4VH',
  'M4VP',
  'f4v ',
  'XAVC',
  'MSNV',
  'NDAS',
  'mmp4',
]);

/** Container from the ftyp brands: mp4, mov (QuickTime, also a file without ftyp), 3gp, or isobmff. */
export function containerOf(ftyp: Uint8Array | undefined): string {
  if (!ftyp) return 'mov'; // classic QuickTime files start with moov/mdat/wide and have no ftyp
  const major = ascii(ftyp, 0, 4);
  const compatible: string[] = [];
  for (let at = 8; at + 4 <= ftyp.length; at += 4) compatible.push(ascii(ftyp, at, 4));
  if (major === 'qt  ') return 'mov';
  if (major.startsWith('3g')) return '3gp';
  if (MP4_BRANDS.has(major) || compatible.some((b) => MP4_BRANDS.has(b))) return 'mp4';
  return compatible.includes('qt  ') ? 'mov' : 'isobmff';
}

const CODECS: Record<string, string> = {
  avc1: 'h264',
  avc2: 'h264',
  avc3: 'h264',
  avc4: 'h264',
  hvc1: 'hevc',
  hev1: 'hevc',
  dvh1: 'hevc',
  dvhe: 'hevc',
  av01: 'av1',
  vp09: 'vp9',
  vp08: 'vp8',
  vvc1: 'vvc',
  vvi1: 'vvc',
  mp4v: 'mpeg4',
  s263: 'h263',
  h263: 'h263',
  jpeg: 'mjpeg',
  mjpa: 'mjpeg',
  mjpb: 'mjpeg',
  apch: 'prores',
  apcn: 'prores',
  apcs: 'prores',
  apco: 'prores',
  ap4h: 'prores',
  ap4x: 'prores',
};

/** Codec name from a sample entry fourcc; unknown fourccs are returned as they are. */
export function codecOf(fourcc: string | undefined): string | undefined {
  if (fourcc === undefined) return undefined;
  return CODECS[fourcc] ?? fourcc.trim();
}

/** Clockwise display rotation and mirroring from tkhd matrix entries a, b, c, d (as ffmpeg reads it). */
export function rotationOf([a, b, c, d]: [number, number, number, number]): { rotation: 0 | 90 | 180 | 270; mirrored: boolean } {
  const quarter = Math.round(Math.atan2(b, a) / (Math.PI / 2));
  const rotation = ((((quarter % 4) + 4) % 4) * 90) as 0 | 90 | 180 | 270;
  return { rotation, mirrored: a * d - b * c < 0 };
}

/** Sum of the media subsegment durations of the sidx boxes for one track (fragmented files). */
export function sidxDuration(payloads: Uint8Array[], trackId: number): number | undefined {
  const totals = new Map<number, number>();
  for (const p of payloads) {
    const refId = u32(p, 4);
    const timescale = u32(p, 8);
    let at = p[0] === 1 ? 28 : 20;
    const count = u32(p, at) & 0xffff; // reserved(16) + reference_count(16)
    at += 4;
    for (let i = 0; i < count && timescale > 0; i++, at += 12) {
      // Only media references: references to other sidx boxes would count the same time twice.
      if (u32(p, at) < 0x80000000) totals.set(refId, (totals.get(refId) ?? 0) + u32(p, at + 4) / timescale);
    }
  }
  const total = totals.get(trackId) ?? [...totals.values()][0];
  return total && total > 0 ? total : undefined;
}
