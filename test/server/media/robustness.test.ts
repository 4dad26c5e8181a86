import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MEDIA_RULES } from '../../../domain/media/rules';
import { judgeMedia } from '../../../domain/media/verdict';
import { parseBoxHeader } from '../../../server/media/bmff-walk';
import { inspectMedia } from '../../../server/media/inspect-media';
import { fixturesDir, memoryReader, virtualReader } from './support';

const load = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(fixturesDir, name)));
const samples = [
  'androidx_media__sample.mp4', // moov first
  'androidx_media__h265_with_metadata_track.mp4', // moov at the end, two tracks
  'androidx_media__sample_fragmented_seekable_multiple_sidx.mp4',
  'androidx_media__tokyo.jpg',
  'nodeca_probe-image-size__Exif5-1.5x.jpg',
].map(load);

describe('damaged files never crash the check', () => {
  it('cut anywhere and with bytes overwritten, every file gets a verdict', async () => {
    const damage = fc.record({
      sample: fc.nat(samples.length - 1),
      cut: fc.double({ min: 0, max: 1, noNaN: true }),
      flips: fc.array(fc.record({ at: fc.nat(), value: fc.nat(255) }), { maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ sample, cut, flips }) => {
        const original = samples[sample] as Uint8Array;
        const bytes = original.slice(0, Math.max(1, Math.round(original.length * cut)));
        for (const { at, value } of flips) bytes[at % bytes.length] = value;
        const inspection = await inspectMedia(memoryReader(bytes));
        expect(inspection.bytesRead).toBeLessThanOrEqual(bytes.length);
        expect(judgeMedia(inspection, DEFAULT_MEDIA_RULES).reasons.every((r) => r.message.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('ISO-BMFF box sizes', () => {
  it('reads 64-bit sizes and finds moov after a 5 GB mdat, reading a few KB', async () => {
    const source = load('androidx_media__sample.mp4'); // ftyp 0x20, free 8, moov, mdat
    const ftyp = source.subarray(0, 0x20);
    const moovAt = 0x28;
    const moovSize = new DataView(source.buffer, source.byteOffset).getUint32(moovAt);
    const moov = source.subarray(moovAt, moovAt + moovSize);
    const mdatSize = 5 * 2 ** 30;
    const mdat = new Uint8Array(16);
    const view = new DataView(mdat.buffer);
    view.setUint32(0, 1); // size 1: the 64-bit size follows the type
    mdat.set([0x6d, 0x64, 0x61, 0x74], 4);
    view.setBigUint64(8, BigInt(mdatSize));
    const size = ftyp.length + mdatSize + moov.length;
    const reader = virtualReader(size, [
      { offset: 0, bytes: ftyp },
      { offset: ftyp.length, bytes: mdat },
      { offset: ftyp.length + mdatSize, bytes: moov },
    ]);
    const inspection = await inspectMedia(reader);
    expect(inspection).toMatchObject({ container: 'mp4', displayWidth: 1080, displayHeight: 720, sizeBytes: size });
    expect(inspection.bytesRead).toBeLessThan(4100 + 4096 + moov.length);
  });

  it('takes size 0 as "to the end of the file" and refuses impossible sizes', () => {
    const box = (size: number, type: string) => {
      const bytes = new Uint8Array(16);
      new DataView(bytes.buffer).setUint32(0, size);
      bytes.set(
        [...type].map((c) => c.charCodeAt(0)),
        4,
      );
      return bytes;
    };
    expect(parseBoxHeader(box(0, 'mdat'), 0, 100, 1000)).toEqual({ type: 'mdat', offset: 100, size: 900, headerSize: 8 });
    expect(() => parseBoxHeader(box(3, 'free'), 0, 0, 1000)).toThrow(/impossible size/);
    expect(() => parseBoxHeader(box(2000, 'mdat'), 0, 0, 1000)).toThrow(/only 1000 left/);
    expect(() => parseBoxHeader(box(16, '\u0000\u0001ab'), 0, 0, 1000)).toThrow(/not a box type/);
  });
});
