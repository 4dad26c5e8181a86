import { displaySize, type MeasuredMedia } from '../../domain/media/measured';
import { type Movie, parseMovie } from './bmff-movie';
import { codecOf, containerOf, rotationOf, sidxDuration } from './bmff-names';
import { type TopLevel, walkTopLevel } from './bmff-walk';
import type { ByteSource } from './byte-source';
import { fail } from './media-error';

/** MP4 / MOV / 3GP: every top-level box checked against the file size, then the moov read once. */
export async function inspectIsoBmff(src: ByteSource): Promise<MeasuredMedia> {
  const top = await walkTopLevel(src);
  if (!top.moov) fail('truncated', 'no moov box: the recording or the upload was cut short');
  const movie = parseMovie(top.moov);
  const track = movie.video;
  if (!track) fail('no-video-track', 'no track with a vide handler');
  const width = track.codedWidth || Math.round(track.tkhdWidth);
  const height = track.codedHeight || Math.round(track.tkhdHeight);
  const { rotation, mirrored } = rotationOf(track.matrix);
  const fragmented = top.hasMoof || movie.hasMvex;
  return {
    kind: 'video',
    container: containerOf(top.ftyp),
    codec: codecOf(track.fourcc),
    width,
    height,
    rotation,
    mirrored,
    ...displaySize(width, height, rotation),
    durationSec: durationOf(movie, top, fragmented),
    fragmented,
    sizeBytes: src.size,
  };
}

/**
 * The movie (mvhd) duration: what players show, edit lists included; it matches ffprobe on every
 * fixture. Fragmented files only count with mehd or sidx: their mvhd covers at most the moov's samples.
 */
function durationOf(movie: Movie, top: TopLevel, fragmented: boolean): number | undefined {
  if (fragmented) return movie.fragmentDuration ?? sidxDuration(top.sidx, movie.video?.trackId ?? 0);
  return movie.duration ?? movie.video?.mediaDuration;
}
