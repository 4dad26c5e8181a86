import type { MeasuredMedia } from '../../../domain/media/measured';
import type { ReplyError } from '../../../domain/api/envelope';
import { ApiError } from '../../services/api';
import { DeviceError } from '../../services/device-failure';
import { readSessionToken } from '../../services/session-store';
import type { MediaDevice, PickedFile } from './media-device';
import { sniffContainer } from './sniff';

function pickFiles(accept: string, multiple: boolean, capture = false): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = multiple;
    // With `capture` the phone opens its camera; without, it offers the camera and the gallery.
    if (capture) input.setAttribute('capture', 'environment');
    input.onchange = () => resolve(Array.from(input.files ?? []));
    input.oncancel = () => resolve([]);
    input.click();
  });
}

const picked = (file: Blob, name: string): PickedFile => ({ path: URL.createObjectURL(file), name, sizeBytes: file.size, blob: file });

async function head(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(0, 64).arrayBuffer());
}

function videoMetadata(url: string): Promise<{ width: number; height: number; duration: number }> {
  return new Promise((resolve, reject) => {
    const video = document.createElement('video');
    video.preload = 'metadata';
    video.muted = true;
    video.onloadedmetadata = () => resolve({ width: video.videoWidth, height: video.videoHeight, duration: video.duration });
    video.onerror = () => reject(new Error('video metadata'));
    video.src = url;
  });
}

/** The upload endpoint's reply; a proxy's HTML error page is no reply at all. */
function parseReply(text: string): { fileId?: string; error?: ReplyError } {
  try {
    return JSON.parse(text || '{}') as { fileId?: string; error?: ReplyError };
  } catch {
    return {};
  }
}

/** H5: a file input (with `capture`), image decoding and <video> metadata, XHR upload with progress. */
export const mediaDevice: MediaDevice = {
  async choosePhotos(count) {
    return (await pickFiles('image/*', count > 1)).slice(0, count).map((f) => picked(f, f.name));
  },
  async chooseVideo() {
    const [file] = await pickFiles('video/*', false);
    return file ? picked(file, file.name) : null;
  },
  async recordVideo() {
    const [file] = await pickFiles('video/*', false, true);
    return file ? picked(file, file.name) : null;
  },
  async measure(file, kind): Promise<MeasuredMedia> {
    const blob = file.blob as Blob;
    const container = sniffContainer(await head(blob));
    if (kind === 'photo') {
      // The browser applies EXIF orientation, so these are the displayed sizes.
      const bitmap = await createImageBitmap(blob).catch(() => null);
      const width = bitmap?.width ?? 0;
      const height = bitmap?.height ?? 0;
      bitmap?.close();
      return { kind, container, width, height, displayWidth: width, displayHeight: height, pixels: width * height, sizeBytes: blob.size };
    }
    const meta = await videoMetadata(file.path).catch(() => ({ width: 0, height: 0, duration: Number.NaN }));
    return {
      kind,
      container,
      width: meta.width,
      height: meta.height,
      displayWidth: meta.width,
      displayHeight: meta.height,
      durationSec: Number.isFinite(meta.duration) ? meta.duration : undefined,
      sizeBytes: blob.size,
    };
  },
  async toJpeg(file) {
    const bitmap = await createImageBitmap(file.blob as Blob);
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    const jpeg = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('encode'))), 'image/jpeg', 0.92),
    );
    return picked(jpeg, `${file.name.replace(/\.[^.]+$/, '')}.jpg`);
  },
  upload(file, kind, _unitId, onProgress) {
    const xhr = new XMLHttpRequest();
    const done = new Promise<string>((resolve, reject) => {
      xhr.open('PUT', `/api/files?kind=${kind}&name=${encodeURIComponent(file.name)}`);
      const token = readSessionToken();
      if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () => {
        const body = parseReply(xhr.responseText);
        if (xhr.status === 200 && body.fileId) resolve(body.fileId);
        else reject(body.error ? new ApiError(body.error) : new DeviceError('upload', 'failed'));
      };
      xhr.onerror = () => reject(new DeviceError('upload', 'failed'));
      xhr.onabort = () => reject(new DeviceError('upload', 'cancelled'));
      xhr.send(file.blob as Blob);
    });
    return { done, cancel: () => xhr.abort() };
  },
};
