import type { MediaInspection } from '../../domain/media/measured';
import type { MediaRules } from '../../domain/media/rules';
import { judgeMedia, type MediaKind, type MediaVerdict } from '../../domain/media/verdict';
import type { MediaReader } from './byte-source';
import { inspectMedia } from './inspect-media';

export type MediaCheck = { media: MediaInspection; verdict: MediaVerdict; bytesRead: number };

/** The server check of one stored file: measure it from its bytes, then judge it by the shared rules. */
export async function checkMedia(reader: MediaReader, rules: MediaRules, expected?: MediaKind): Promise<MediaCheck> {
  const media = await inspectMedia(reader, expected);
  return { media, verdict: judgeMedia(media, rules, expected), bytesRead: media.bytesRead };
}
