import path from 'node:path';
import { safeFileName } from '../../domain/text/safe-text';

const TYPES: Record<string, { type: string; inline: boolean }> = {
  '.jpg': { type: 'image/jpeg', inline: true },
  '.mp4': { type: 'video/mp4', inline: true },
  '.pdf': { type: 'application/pdf', inline: true },
  '.xlsx': { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', inline: false },
  '.zip': { type: 'application/zip', inline: false },
  '.json': { type: 'application/json', inline: false },
};

/** RFC 6266 / 5987: an ASCII fallback for old clients, the real (UTF-8) name for everyone else. */
function disposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The headers of a stored file's download: its real type, and the name it is saved under (the signed link's, else the stored one). */
export function downloadHeaders(fileId: string, size: number, name: string | null): Record<string, string | number> {
  const known = TYPES[path.extname(fileId).toLowerCase()] ?? { type: 'application/octet-stream', inline: false };
  const fallback = path.basename(fileId);
  const wanted = name ? safeFileName(name) : '';
  // A name with another extension than the file would make the saved file open in the wrong program.
  const fileName = wanted && path.extname(wanted).toLowerCase() === path.extname(fileId).toLowerCase() ? wanted : fallback;
  return {
    'content-type': known.type,
    'content-length': size,
    'content-disposition': disposition(known.inline ? 'inline' : 'attachment', fileName),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  };
}
