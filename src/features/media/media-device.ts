import type { MeasuredMedia } from '../../../domain/media/measured';

/** A file the person picked or recorded, before upload. */
export interface PickedFile {
  /** A temp path (weapp) or an object URL (H5) the app can show it from. */
  path: string;
  name: string;
  sizeBytes: number;
  /** H5 keeps the File itself for conversion and upload. */
  blob?: Blob;
}

export type UploadKind = 'photo' | 'video';

export interface UploadHandle {
  done: Promise<string>;
  cancel(): void;
}

/** What the app needs of the phone for media, implemented per platform (media-device.h5/.weapp). */
export interface MediaDevice {
  choosePhotos(count: number): Promise<PickedFile[]>;
  chooseVideo(): Promise<PickedFile | null>;
  /** Records with the camera: weapp's 90-second camera page, H5's camera capture input. */
  recordVideo(): Promise<PickedFile | null>;
  /** Measures a picked file the way the platform can (image decode, video metadata). */
  measure(file: PickedFile, kind: UploadKind): Promise<MeasuredMedia>;
  /** Re-encodes a decodable non-JPEG photo as a full-resolution JPEG. */
  toJpeg(file: PickedFile, measured: MeasuredMedia): Promise<PickedFile>;
  /** Compresses a large video while its short side stays at least `minShortSide` (weapp); absent elsewhere. */
  compressVideo?(file: PickedFile, measured: MeasuredMedia, minShortSide: number): Promise<PickedFile | null>;
  upload(file: PickedFile, kind: UploadKind, unitId: string, onProgress: (fraction: number) => void): UploadHandle;
}

const unsupported = () => Promise.reject(new Error('此平台不支持选择照片或视频'));

// Replaced at build time by media-device.h5.ts / media-device.weapp.ts.
export const mediaDevice: MediaDevice = {
  choosePhotos: unsupported,
  chooseVideo: unsupported,
  recordVideo: unsupported,
  measure: unsupported,
  toJpeg: unsupported,
  upload: () => ({ done: unsupported(), cancel: () => undefined }),
};
