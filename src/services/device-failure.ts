import { type DeviceAction, type DeviceOutcome, deviceMessage } from '../../domain/privacy/device-messages';

/** A device call that did not succeed, with the Chinese message to show for it. */
export class DeviceError extends Error {
  readonly action: DeviceAction;
  readonly outcome: DeviceOutcome;

  constructor(action: DeviceAction, outcome: DeviceOutcome) {
    super(deviceMessage(action, outcome));
    this.name = 'DeviceError';
    this.action = action;
    this.outcome = outcome;
  }
}

// WeChat's privacy errnos: 104 the person has not agreed to the guide, 112 the guide does not declare the API.
const ERRNO_PRIVACY_REFUSED = 104;
const ERRNO_PRIVACY_UNDECLARED = 112;

// requestSubscribeMessage: the person switched subscribe messages off in the mini-program's settings.
const ERRCODE_SUBSCRIBE_SWITCHED_OFF = 20004;

function failureText(error: unknown): { errMsg: string; errno?: number; errCode?: number } {
  if (typeof error === 'object' && error !== null) {
    const { errMsg, errno, errCode, message } = error as { errMsg?: unknown; errno?: unknown; errCode?: unknown; message?: unknown };
    const text = typeof errMsg === 'string' ? errMsg : typeof message === 'string' ? message : '';
    return {
      errMsg: text,
      errno: typeof errno === 'number' ? errno : undefined,
      errCode: typeof errCode === 'number' ? errCode : undefined,
    };
  }
  return { errMsg: typeof error === 'string' ? error : '' };
}

/** Maps a WeChat failure (`errMsg` … `fail cancel`, errno 104 / 112, `auth deny`, …) to an outcome. */
export function classifyDeviceFailure(error: unknown): DeviceOutcome {
  if (error instanceof DeviceError) return error.outcome;
  const { errMsg, errno, errCode } = failureText(error);
  const text = errMsg.toLowerCase();
  if (errCode === ERRCODE_SUBSCRIBE_SWITCHED_OFF) return 'permission-denied';
  if (errno === ERRNO_PRIVACY_UNDECLARED || /privacy.*(not declared|undeclared)|not declared in the privacy/.test(text))
    return 'privacy-undeclared';
  if (errno === ERRNO_PRIVACY_REFUSED || text.includes('privacy')) return 'privacy-refused';
  if (/fail[: ]+(cancel|abort)|cancel(l)?ed/.test(text)) return 'cancelled';
  if (/auth den|authorize|permission|scope/.test(text)) return 'permission-denied';
  if (/not support|no such api|is not a function|not defined/.test(text)) return 'unsupported';
  return 'failed';
}

/** The failure as a DeviceError for `action`, whatever shape it came in. */
export function toDeviceError(action: DeviceAction, error: unknown): DeviceError {
  return error instanceof DeviceError ? error : new DeviceError(action, classifyDeviceFailure(error));
}

/** Runs a device call; any failure becomes a DeviceError with its Chinese message. */
export async function deviceCall<T>(action: DeviceAction, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toDeviceError(action, error);
  }
}
