import { isUnreadable } from '../../domain/media/measured';
import type { MediaReason } from '../../domain/media/verdict';
import type { MediaCheck } from './check-media';

/** One line of `jinguo check-media` (API.md, "Command line"); unknown figures are null. */
export type CheckLine = {
  file: string;
  kind: 'photo' | 'video' | null;
  ok: boolean;
  code?: 'MEDIA_REJECTED';
  reasons?: MediaReason[];
  container: string;
  codec?: string;
  width: number | null;
  height: number | null;
  rotation?: number;
  displayWidth: number | null;
  displayHeight: number | null;
  durationSec?: number;
  pixels?: number;
  bytesRead: number;
};

const ms = (seconds: number): number => Math.round(seconds * 1000) / 1000;

export function toCheckLine(file: string, { media, verdict, bytesRead }: MediaCheck): CheckLine {
  // The envelope's code for a refused file (API.md); the reasons say which rules failed.
  const outcome = verdict.ok ? { ok: true } : { ok: false, code: 'MEDIA_REJECTED' as const, reasons: verdict.reasons };
  if (isUnreadable(media)) {
    const unknown = { width: null, height: null, displayWidth: null, displayHeight: null };
    return { file, kind: media.kind ?? null, ...outcome, container: media.container ?? 'unknown', ...unknown, bytesRead };
  }
  return {
    file,
    kind: media.kind,
    ...outcome,
    container: media.container,
    ...(media.codec !== undefined ? { codec: media.codec } : {}),
    width: media.width,
    height: media.height,
    ...(media.rotation !== undefined ? { rotation: media.rotation } : {}),
    displayWidth: media.displayWidth,
    displayHeight: media.displayHeight,
    ...(media.durationSec !== undefined ? { durationSec: ms(media.durationSec) } : {}),
    ...(media.pixels !== undefined ? { pixels: media.pixels } : {}),
    bytesRead,
  };
}
