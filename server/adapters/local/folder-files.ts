import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/app-error';
import type { Files, RangeReader, StoredFile } from '../../core/ports';
import type { SignedLinks } from './signed-links';

const FILE_ID = /^[a-z0-9-]+(\/[A-Za-z0-9_-]+)*\.[a-z0-9]{2,5}$/;

/** The local folder's files, with what only a local disk can do: stream a body in, and name a file's path to stream it out. */
export interface FolderFiles extends Files {
  putStream(fileId: string, chunks: AsyncIterable<Uint8Array>): Promise<StoredFile>;
  /** The file's path on disk, or null for an id that is not a server-made one (the file may not exist). */
  path(fileId: string): string | null;
}

/** File storage in a folder. File ids are server-made relative paths; anything else is refused. */
export function folderFiles(root: string, links: SignedLinks): FolderFiles {
  const resolve = (fileId: string): string | null => {
    if (!FILE_ID.test(fileId)) return null;
    const full = path.resolve(root, fileId);
    return full.startsWith(path.resolve(root) + path.sep) ? full : null;
  };
  /**
   * Writes the chunks as they come to `<id>.part` (0600 whatever the umask: a printable or a full export holds
   * whole ID numbers), fsyncs and renames it: a crash never leaves a half-written file under its final name, and
   * a failed or refused write (the source throws) leaves nothing at all.
   */
  async function write(fileId: string, chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<StoredFile> {
    const full = resolve(fileId);
    if (!full) throw new Error(`invalid file id ${fileId}`);
    await fs.promises.mkdir(path.dirname(full), { recursive: true, mode: 0o700 });
    const temp = `${full}.part`;
    let size = 0;
    try {
      const handle = await fs.promises.open(temp, 'w', 0o600);
      try {
        for await (const chunk of chunks) {
          await writeAll(handle, chunk);
          size += chunk.byteLength;
        }
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, full);
    } catch (error) {
      await fs.promises.rm(temp, { force: true });
      if (!isDiskFull(error)) throw error;
      // The reply says STORAGE_FULL; the log keeps the real cause.
      console.error(`[storage] cannot write ${fileId} (${size} bytes written): ${(error as Error).message}`);
      throw new AppError('STORAGE_FULL');
    }
    return { fileId, size };
  }
  return {
    path: resolve,
    put: (fileId, bytes) => write(fileId, [bytes]),
    putStream: write,
    async open(fileId) {
      const full = resolve(fileId);
      if (!full || !fs.existsSync(full)) return null;
      return fileRangeReader(full);
    },
    async readAll(fileId) {
      const full = resolve(fileId);
      return full && fs.existsSync(full) ? new Uint8Array(fs.readFileSync(full)) : null;
    },
    async remove(fileId) {
      const full = resolve(fileId);
      if (full) fs.rmSync(full, { force: true });
    },
    async url(fileId, name) {
      return links.sign(fileId, name);
    },
    async freeBytes() {
      fs.mkdirSync(root, { recursive: true, mode: 0o700 });
      const stats = fs.statfsSync(root);
      return stats.bavail * stats.bsize;
    },
  };
}

/** One chunk written whole: a write may take fewer bytes than it was given. */
async function writeAll(handle: fs.promises.FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

const isDiskFull = (error: unknown) => error instanceof Error && 'code' in error && (error.code === 'ENOSPC' || error.code === 'EDQUOT');

/** Reads byte ranges of a local file, counting the bytes it read. */
export function fileRangeReader(file: string): RangeReader {
  const size = fs.statSync(file).size;
  let bytesRead = 0;
  return {
    size,
    get bytesRead() {
      return bytesRead;
    },
    async read(offset, length) {
      const end = Math.min(size, offset + length);
      if (offset >= end) return new Uint8Array(0);
      const buffer = Buffer.alloc(end - offset);
      // Synchronous: a check reads a few header ranges (kilobytes), from the page cache as a rule; three
      // thread-pool round trips (open, read, close) per range queued behind 50 requests cost far more.
      const fd = fs.openSync(file, 'r');
      try {
        const n = fs.readSync(fd, buffer, 0, buffer.length, offset);
        bytesRead += n;
        return new Uint8Array(buffer.buffer, buffer.byteOffset, n);
      } finally {
        fs.closeSync(fd);
      }
    },
  };
}

/** Removes the `.part` files of writes a killed process never finished (nothing refers to them); answers how many. */
export function sweepUnfinished(root: string): number {
  if (!fs.existsSync(root)) return 0;
  let removed = 0;
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.part')) continue;
    fs.rmSync(path.join(entry.parentPath, entry.name), { force: true });
    removed += 1;
  }
  return removed;
}
