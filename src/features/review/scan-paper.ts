import Taro from '@tarojs/taro';
import { paperCodeFromScan } from '../../../domain/review/paper-code';
import { REVIEW_QUEUE_MESSAGES } from '../../../domain/review/queue-messages';
import { toDeviceError } from '../../services/device-failure';
import { requireApi } from '../../services/require-api';
import { nominationByCode } from './queue';

/**
 * Scans a 登记表's QR code and answers the nomination it names. A closed scanner, a refused camera or an old
 * WeChat throws a DeviceError with its Chinese message; a code that is not a 登记表's throws a plain Error.
 */
export async function scanPaperForm(): Promise<{ id: string; code: string }> {
  let scanned: { result?: string; path?: string };
  try {
    requireApi('scan', 'scanCode');
    scanned = await Taro.scanCode({ onlyFromCamera: false, scanType: ['qrCode'] });
  } catch (error) {
    throw toDeviceError('scan', error);
  }
  const code = paperCodeFromScan(scanned);
  if (!code) throw new Error(REVIEW_QUEUE_MESSAGES.scanNotPaper);
  const id = await nominationByCode(code);
  if (!id) throw new Error(REVIEW_QUEUE_MESSAGES.scanNotFound(code));
  return { id, code };
}
