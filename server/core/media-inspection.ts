import type { MediaInspection } from '../../domain/media/measured';
import { inspectMedia } from '../media/inspect-media';
import { AppError } from './app-error';
import type { Ports, RangeReader } from './ports';

/** A stored upload's byte ranges; NOT_FOUND when storage no longer has it. */
export async function openStoredFile(ports: Ports, fileId: string): Promise<RangeReader> {
  const reader = await ports.files.open(fileId);
  if (!reader) throw new AppError('NOT_FOUND', '没有找到这个上传的文件，请重新上传');
  return reader;
}

/** Runs the byte-range media check on a stored file; reads only the headers it needs. */
export async function inspectStoredFile(
  reader: RangeReader,
  kind: 'photo' | 'video',
): Promise<{ inspection: MediaInspection; bytesRead: number }> {
  const { bytesRead, ...inspection } = await inspectMedia(reader, kind);
  return { inspection: inspection as MediaInspection, bytesRead };
}
