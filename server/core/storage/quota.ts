import { AppError } from '../app-error';
import { currentCampaign } from '../campaign-service';
import type { Ports } from '../ports';
import { unitQuotaBytes } from './policy';

const MIB = 1024 * 1024;
/** The local runtime's default free-space floor: room for the database to grow while uploads are refused. */
export const DEFAULT_STORAGE_FLOOR_BYTES = 256 * MIB;

const mb = (bytes: number) => `${Math.round(bytes / MIB)} MB`;

/**
 * May this unit store `bytes` more? Its own quota (campaign data) counts every upload still stored;
 * the floor keeps the disk from filling, so sign-ins, saves and reviews keep working. Called before
 * the body is read (`bytes` 0) and again with the real size.
 */
export async function assertRoomFor(ports: Ports, unitId: string, bytes: number): Promise<void> {
  const campaign = await currentCampaign(ports);
  const quota = unitQuotaBytes(campaign);
  const used = (await ports.db.read.storedFiles.byOwner('upload', unitId)).reduce((sum, f) => sum + f.size, 0);
  if (used + bytes > quota || used >= quota) {
    throw new AppError(
      'STORAGE_FULL',
      `本单位上传的文件已达存储上限（${mb(quota)}，已用 ${mb(used)}）：删除不用的照片或视频后，约 ${campaign.storage?.removedMediaGraceHours ?? 72} 小时内会释放空间；如需更多空间请联系主办单位`,
    );
  }
  const floor = ports.settings.storageFloorBytes;
  const free = floor === undefined ? undefined : await ports.files.freeBytes?.();
  if (floor !== undefined && free !== undefined && free - bytes < floor) {
    console.error(`[storage] upload refused: ${mb(free)} free, the floor is ${mb(floor)}`);
    throw new AppError('STORAGE_FULL');
  }
}
