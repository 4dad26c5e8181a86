import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { MEDIA_FIXTURES_DIR } from '../../test/fixtures/media-dir';

const run = promisify(execFile);
const FIXTURES = MEDIA_FIXTURES_DIR;
const CACHE = path.join(os.tmpdir(), 'jinguo-demo-media');

// Shared fixtures that pass the media check (MANIFEST.tsv): JPEGs of ≥ 1,048,576 px, a 16:9 720p H.264 MP4 of 1 s.
const FIXTURE_PHOTOS = ['recurser_exif-orientation-examples__Landscape_0.jpg', 'lovell_sharp__flowers.jpeg'];
const FIXTURE_VIDEO = 'androidx_media__sample_12_5fps_720p_1s.mp4';

export interface DemoMedia {
  photos: string[];
  video: string;
  source: 'fixtures' | 'ffmpeg';
}

async function made(name: string, args: string[]): Promise<string> {
  const file = path.join(CACHE, name);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(CACHE, { recursive: true });
  // Through a temporary name, so an interrupted run leaves nothing half-made.
  const temp = `${file}.part${path.extname(file)}`;
  await run('ffmpeg', ['-v', 'error', '-y', ...args, temp]);
  fs.renameSync(temp, file);
  return file;
}

/**
 * Two photos and a video that pass the campaign's media check: the shared fixtures when they are
 * there, else made once with ffmpeg (a fresh clone has no fixtures; ffmpeg is in CI).
 */
export async function demoMedia(): Promise<DemoMedia> {
  const fixtures = [...FIXTURE_PHOTOS, FIXTURE_VIDEO].map((f) => path.join(FIXTURES, f));
  if (fixtures.every((f) => fs.existsSync(f))) return { photos: fixtures.slice(0, 2), video: fixtures[2], source: 'fixtures' };
  const photo = (size: string) => made(`photo-${size}.jpg`, ['-f', 'lavfi', '-i', `testsrc2=s=${size}`, '-frames:v', '1', '-q:v', '3']);
  const video = made('video-720p-2s.mp4', [
    '-f',
    'lavfi',
    '-i',
    'testsrc2=s=1280x720:r=25:d=2',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-pix_fmt',
    'yuv420p',
  ]);
  return { photos: await Promise.all([photo('1600x1200'), photo('1920x1080')]), video: await video, source: 'ffmpeg' };
}
