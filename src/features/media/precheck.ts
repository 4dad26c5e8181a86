import type { MediaRules } from '../../../domain/media/rules';
import { judgeMedia, type MediaVerdict } from '../../../domain/media/verdict';
import { type MediaDevice, type PickedFile, type UploadKind, mediaDevice } from './media-device';

// Formats the phone can decode and re-encode as JPEG rather than refuse.
const CONVERTIBLE = ['png', 'webp', 'heic', 'gif', 'bmp'];

export interface Prechecked {
  file: PickedFile;
  verdict: MediaVerdict;
  converted: boolean;
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
  if (kind === 'photo' && measured.container !== 'jpeg' && CONVERTIBLE.includes(measured.container) && measured.width > 0) {
    current = await device.toJpeg(file, measured);
    measured = { ...(await device.measure(current, kind)), container: 'jpeg' };
    converted = true;
  }
  return { file: current, verdict: judgeMedia(measured, rules, kind), converted };
}
