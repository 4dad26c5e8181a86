import type { Ports, StoredFile } from '../ports';
import type { StoredFileRecord } from '../repositories';

/** Stores a file and its ledger row, so it can be found again to expire or erase it. */
export async function putTracked(
  ports: Ports,
  path: string,
  bytes: Uint8Array,
  entry: Pick<StoredFileRecord, 'kind' | 'campaignId' | 'owner' | 'reviewAt'>,
): Promise<StoredFile> {
  const stored = await ports.files.put(path, bytes);
  const record: StoredFileRecord = { ...entry, fileId: stored.fileId, size: stored.size, createdAt: ports.clock.now().toISOString() };
  await ports.db.transaction((tx) => tx.storedFiles.put(record));
  return stored;
}

/** Removes the files from storage, then their ledger rows; answers the bytes freed. */
export async function eraseTracked(ports: Ports, records: readonly StoredFileRecord[]): Promise<number> {
  let bytes = 0;
  for (const record of records) {
    await ports.files.remove(record.fileId);
    await ports.db.transaction((tx) => tx.storedFiles.remove(record.fileId));
    bytes += record.size;
  }
  return bytes;
}
