import type { MediaInspection } from '../../domain/media/measured';
import { inspectMedia } from '../media/inspect-media';
import { AppError } from './app-error';
import type { Ports } from './ports';

/** Runs the byte-range media check on a stored file; reads only the headers it needs. */
export async function inspectStoredFile(
  ports: Ports,
  fileId: string,
  kind: 'photo' | 'video',
): Promise<{ inspection: MediaInspection; bytesRead: number }> {
  const reader = await ports.files.open(fileId);
  if (!reader) throw new AppError('NOT_FOUND', '没有找到这个上传的文件，请重新上传');
  const { bytesRead, ...inspection } = await inspectMedia(reader, kind);
  return { inspection: inspection as MediaInspection, bytesRead };
}
