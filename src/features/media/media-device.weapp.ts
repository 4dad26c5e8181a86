import Taro from '@tarojs/taro';
import { displaySize, type MeasuredMedia } from '../../../domain/media/measured';
import { DeviceError, deviceCall, toDeviceError } from '../../services/device-failure';
import { requireApi } from '../../services/require-api';
import type { MediaDevice, PickedFile } from './media-device';

const ROTATION: Record<string, 0 | 90 | 180 | 270> = {
  up: 0,
  right: 90,
  down: 180,
  left: 270,
  'up-mirrored': 0,
  'down-mirrored': 180,
  'left-mirrored': 270,
  'right-mirrored': 90,
};

function uuid(): string {
  return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = (Math.random() * 16) | 0;
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });
}

const fromTemp = (f: { tempFilePath: string; size: number }): PickedFile => ({
  path: f.tempFilePath,
  name: f.tempFilePath.split('/').pop() ?? 'file',
  sizeBytes: f.size,
});

/** WeChat: chooseMedia (original size), getImageInfo / getVideoInfo, canvas re-encode, cloud upload. */
export const mediaDevice: MediaDevice = {
  choosePhotos(count) {
    return deviceCall('choose-photo', async () => {
      requireApi('choose-photo', 'chooseMedia');
      const { tempFiles } = await Taro.chooseMedia({
        count,
        mediaType: ['image'],
        sourceType: ['camera', 'album'],
        sizeType: ['original'],
      });
      return tempFiles.map(fromTemp);
    });
  },
  chooseVideo() {
    return deviceCall('choose-video', async () => {
      requireApi('choose-video', 'chooseMedia');
      // sizeType covers videos too since base library 2.25.0: 'original' keeps an album video at its own resolution.
      const { tempFiles } = await Taro.chooseMedia({ count: 1, mediaType: ['video'], sourceType: ['album'], sizeType: ['original'] });
      return tempFiles[0] ? fromTemp(tempFiles[0]) : null;
    });
  },
  recordVideo() {
    return new Promise<PickedFile | null>((resolve, reject) => {
      let result: PickedFile | null = null;
      Taro.navigateTo({
        url: '/pages/capture/index',
        events: {
          recorded: (file: PickedFile) => {
            result = file;
          },
          closed: () => resolve(result),
        },
      }).catch((error: unknown) => reject(toDeviceError('record-video', error)));
    });
  },
  measure(file, kind) {
    return deviceCall('read-media', () => measureFile(file, kind));
  },
  toJpeg(file, measured) {
    return deviceCall('read-media', () => reencode(file, measured));
  },
  compressVideo(file, measured, minShortSide) {
    return deviceCall('read-media', async () => {
      const short = Math.min(measured.displayWidth, measured.displayHeight);
      // WeChat scales by a ratio; keep the short side at or above the rule (e.g. 1080 → 720 is 0.67).
      const ratio = Math.ceil((minShortSide / short) * 100) / 100;
      // An old WeChat without compressVideo uploads the original, which the rules still accept.
      if (ratio >= 1 || typeof Taro.compressVideo !== 'function') return null;
      const result = await Taro.compressVideo({ src: file.path, bitrate: 4000, fps: 30, resolution: ratio } as Taro.compressVideo.Option);
      return { path: result.tempFilePath, name: file.name, sizeBytes: result.size * 1024 };
    });
  },
  upload(file, kind, unitId, onProgress) {
    // The server accepts only files under the caller's own unit folder.
    const cloudPath = `uploads/${unitId}/${kind}-${uuid()}.${kind === 'photo' ? 'jpg' : 'mp4'}`;
    let task: { abort(): void } | null = null;
    let cancelled = false;
    const done = new Promise<string>((resolve, reject) => {
      const upload = Taro.cloud.uploadFile({
        cloudPath,
        filePath: file.path,
        success: (r) => resolve(r.fileID),
        // A network drop and an abort both end here: WeChat's errMsg is English, the person sees ours.
        fail: (e) => reject(cancelled ? new DeviceError('upload', 'cancelled') : toDeviceError('upload', e)),
      }) as unknown as {
        onProgressUpdate(cb: (r: { progress: number }) => void): void;
        abort(): void;
      };
      task = upload;
      upload.onProgressUpdate?.((r) => onProgress(r.progress / 100));
    });
    return {
      done,
      cancel: () => {
        cancelled = true;
        task?.abort();
      },
    };
  },
};

async function measureFile(file: PickedFile, kind: 'photo' | 'video'): Promise<MeasuredMedia> {
  if (kind === 'photo') {
    const info = await Taro.getImageInfo({ src: file.path });
    const container = info.type === 'jpeg' || info.type === 'jpg' ? 'jpeg' : info.type;
    return {
      kind,
      container,
      width: info.width,
      height: info.height,
      displayWidth: info.width,
      displayHeight: info.height,
      pixels: info.width * info.height,
      sizeBytes: file.sizeBytes,
    };
  }
  requireApi('read-media', 'getVideoInfo');
  const info = await Taro.getVideoInfo({ src: file.path });
  const rotation = ROTATION[info.orientation] ?? 0;
  return {
    kind,
    container: info.type === 'mp4' ? 'mp4' : info.type,
    width: info.width,
    height: info.height,
    rotation,
    ...displaySize(info.width, info.height, rotation),
    durationSec: info.duration,
    sizeBytes: file.sizeBytes,
  };
}

async function reencode(file: PickedFile, measured: MeasuredMedia): Promise<PickedFile> {
  requireApi('read-media', 'createOffscreenCanvas', 'canvasToTempFilePath');
  const canvas = Taro.createOffscreenCanvas({ type: '2d', width: measured.width, height: measured.height }) as unknown as {
    createImage(): { src: string; onload: () => void; onerror: () => void };
    getContext(kind: '2d'): { drawImage(image: unknown, x: number, y: number): void };
  };
  const image = canvas.createImage();
  await new Promise<void>((resolve, reject) => {
    image.onload = resolve;
    image.onerror = reject;
    image.src = file.path;
  });
  canvas.getContext('2d').drawImage(image, 0, 0);
  const { tempFilePath } = await Taro.canvasToTempFilePath({
    canvas: canvas as never,
    fileType: 'jpg',
    quality: 0.92,
  } as Taro.canvasToTempFilePath.Option);
  return { path: tempFilePath, name: 'photo.jpg', sizeBytes: file.sizeBytes };
}
