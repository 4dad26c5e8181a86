import { megabytes } from '../../../domain/media/format';
import type { MeasuredMedia } from '../../../domain/media/measured';
import type { MediaRules } from '../../../domain/media/rules';
import { judgeMedia, type MediaVerdict } from '../../../domain/media/verdict';
import { type MediaDevice, type PickedFile, type UploadKind, mediaDevice } from './media-device';

// Formats the phone can decode and re-encode as JPEG rather than refuse.
const CONVERTIBLE = ['png', 'webp', 'heic', 'gif', 'bmp'];
// Above this a video is worth compressing before upload on a phone connection.
const COMPRESS_ABOVE_BYTES = 150 * 1024 * 1024;
// An ID-style photo is portrait and small; a work photo is usually a phone's full landscape frame.
const ID_PHOTO_MAX_PIXELS = 2_500_000;

/**
 * A HEIC photo this phone cannot decode (Chrome and most Android browsers have no HEIC decoder; Safari
 * and WeChat on iPhone do): it cannot be converted here, so say how to get a JPG instead.
 */
export const HEIC_NOT_DECODABLE =
  '这台设备无法读取 HEIC 照片，不能自动转换为 JPG。请在 iPhone「设置 → 相机 → 格式」中选择「兼容性最佳」后重拍，或把照片导出为 JPG 后再选择。';

export interface Prechecked {
  file: PickedFile;
  verdict: MediaVerdict;
  converted: boolean;
  /** Not refusals: things the person should look at (an ID-style photo, a compression made). */
  notes: string[];
}

function looksLikeIdPhoto(m: MeasuredMedia): boolean {
  return m.displayHeight > m.displayWidth * 1.2 && m.width * m.height <= ID_PHOTO_MAX_PIXELS;
}

/** The same media rules as the server, on what the phone measured, before any byte is uploaded. */
export async function precheck(
  file: PickedFile,
  kind: UploadKind,
  rules: MediaRules,
  device: MediaDevice = mediaDevice,
): Promise<Prechecked> {
  let measured = await device.measure(file, kind);
  let current = file;
  let converted = false;
  const notes: string[] = [];
  if (kind === 'photo' && measured.container === 'heic' && measured.width === 0) {
    return { file, verdict: { ok: false, reasons: [{ code: 'PHOTO_NOT_JPEG', message: HEIC_NOT_DECODABLE }] }, converted, notes };
  }
  if (kind === 'photo' && measured.container !== 'jpeg' && CONVERTIBLE.includes(measured.container) && measured.width > 0) {
    const original = measured.container.toUpperCase();
    current = await device.toJpeg(file, measured);
    measured = { ...(await device.measure(current, kind)), container: 'jpeg' };
    converted = true;
    notes.push(`已将 ${original} 照片转换为 JPG（${measured.width}×${measured.height}，原分辨率）`);
  }
  if (kind === 'photo' && judgeMedia(measured, rules, kind).ok && looksLikeIdPhoto(measured)) {
    notes.push('这张照片像证件照（竖幅、尺寸较小）。通知要求的是反映工作场景的工作照，请确认。');
  }
  if (kind === 'video' && (measured.sizeBytes ?? 0) > COMPRESS_ABOVE_BYTES && judgeMedia(measured, rules, kind).ok) {
    const smaller = await device.compressVideo?.(current, measured, rules.video.minShortSide);
    if (smaller) {
      notes.push(
        `视频已压缩：${megabytes(measured.sizeBytes ?? 0)} → ${megabytes(smaller.sizeBytes)}，仍为 ${rules.video.minShortSide}P 以上`,
      );
      current = smaller;
      measured = await device.measure(current, kind);
    }
  }
  return { file: current, verdict: judgeMedia(measured, rules, kind), converted, notes };
}
