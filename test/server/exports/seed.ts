import fs from 'node:fs';
import path from 'node:path';
import { type Seeded, type SeedOptions, seedNominations as seedWith } from '../../../scripts/seed/nominations';
import { demoForm } from '../../../scripts/seed/demo-form';
import type { LocalRuntime } from '../../../server/local/runtime';
import { MEDIA_FIXTURES_DIR } from '../../fixtures/media-dir';
import { VALID_FORM } from '../support/nominations';

export type { Seeded };

export const MEDIA_DIR = MEDIA_FIXTURES_DIR;

/** Small real files: two JPEG photos and an H.264 MP4. */
export const SMALL_MEDIA = {
  photos: ['nodeca_probe-image-size__Exif5-1.5x.jpg', 'image-size_image-size__1x2-flipped-big-endian.jpg'],
  video: 'androidx_media__silent-black-10s.mp4',
};

export const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(MEDIA_DIR, name)));

const bytesOf = (file: string | Uint8Array) => (typeof file === 'string' ? fixture(file) : file);

/** The shared seeding (scripts/seed) with fixture names for media, and the test form with each candidate's own name and phone. */
export function seedNominations(
  runtime: LocalRuntime,
  options: Omit<SeedOptions, 'media'> & { media?: { photos: (string | Uint8Array)[]; video: string | Uint8Array | null } },
): Promise<Seeded[]> {
  const media = options.media ?? SMALL_MEDIA;
  return seedWith(runtime, {
    form: (i) => ({ ...VALID_FORM, name: demoForm(i).name, phone: demoForm(i).phone }),
    ...options,
    media: { photos: media.photos.map(bytesOf), video: media.video === null ? null : bytesOf(media.video) },
  });
}

/** Whether the export covers a nomination in this status (drafts and withdrawn ones stay out). */
export const exported = (s: Seeded) => s.status !== 'draft' && s.status !== 'withdrawn';
