import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const CACHE_DIR = path.join(os.tmpdir(), 'jinguo-bench-media');
const MIN_VIDEO_BYTES = 300 * 1000 * 1000;

export type Sample = { label: string; file: string; kind: 'photo' | 'video' };

async function ffmpeg(...args: string[]): Promise<void> {
  await run('ffmpeg', ['-v', 'error', '-y', ...args], { maxBuffer: 1 << 20 });
}

/** Makes `file` once (through a temporary name, so an interrupted run leaves nothing half-made). */
async function cached(file: string, ok: (size: number) => boolean, make: (temp: string) => Promise<void>): Promise<string> {
  if (fs.existsSync(file) && ok(fs.statSync(file).size)) return file;
  const temp = `${file}.part${path.extname(file)}`;
  await make(temp);
  fs.renameSync(temp, file);
  return file;
}

/**
 * A 90 s 1080p H.264 MP4 of ≥ 300 MB with moov at the end, fast to make: 10 s of noise at
 * 30 Mbit/s (incompressible, so the bitrate holds) looped 9 times with `-c copy` — ffmpeg's
 * default muxing writes moov after mdat.
 */
async function bigVideo(): Promise<string> {
  const clip = path.join(CACHE_DIR, 'noise-10s.mp4');
  const file = path.join(CACHE_DIR, 'video-1080p-90s-moov-at-end.mp4');
  return cached(
    file,
    (size) => size >= MIN_VIDEO_BYTES,
    async (temp) => {
      await cached(
        clip,
        (size) => size > 0,
        (clipTemp) =>
          ffmpeg(
            '-f',
            'lavfi',
            '-i',
            'color=c=gray:s=1920x1080:r=30:d=10,noise=alls=60:allf=t+u',
            '-c:v',
            'libx264',
            '-preset',
            'ultrafast',
            '-b:v',
            '30M',
            '-maxrate',
            '30M',
            '-bufsize',
            '30M',
            '-pix_fmt',
            'yuv420p',
            clipTemp,
          ),
      );
      await ffmpeg('-stream_loop', '8', '-i', clip, '-c', 'copy', temp);
    },
  );
}

/** A 12-megapixel (4000×3000) JPEG at high quality. */
async function bigPhoto(): Promise<string> {
  const file = path.join(CACHE_DIR, 'photo-12mp.jpg');
  return cached(
    file,
    (size) => size > 0,
    (temp) => ffmpeg('-f', 'lavfi', '-i', 'testsrc2=s=4000x3000', '-frames:v', '1', '-q:v', '2', temp),
  );
}

export async function benchSamples(): Promise<Sample[]> {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const [video, photo] = await Promise.all([bigVideo(), bigPhoto()]);
  return [
    { label: 'video 1080p, 90 s, moov at end', file: video, kind: 'video' },
    { label: 'photo 12 MP JPEG', file: photo, kind: 'photo' },
  ];
}
