import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEVICE_ACTIONS, DEVICE_OUTCOMES, deviceMessage } from '../../domain/privacy/device-messages';
import { classifyDeviceFailure, DeviceError, toDeviceError } from '../../src/services/device-failure';

describe('a WeChat failure as a typed outcome', () => {
  it.each([
    [{ errMsg: 'chooseMedia:fail cancel' }, 'cancelled'],
    [{ errMsg: 'scanCode:fail cancel' }, 'cancelled'],
    [{ errMsg: 'uploadFile:fail abort' }, 'cancelled'],
    [{ errMsg: 'chooseMedia:fail privacy permission is not authorized', errno: 104 }, 'privacy-refused'],
    [{ errMsg: 'chooseMedia:fail api scope is not declared in the privacy agreement', errno: 112 }, 'privacy-undeclared'],
    [{ errMsg: 'setClipboardData:fail', errno: 112 }, 'privacy-undeclared'],
    [{ errMsg: 'chooseMedia:fail auth deny' }, 'permission-denied'],
    [{ errMsg: 'operateCamera:fail:system permission denied' }, 'permission-denied'],
    [{ errMsg: 'authorize:fail auth denied' }, 'permission-denied'],
    [{ errMsg: 'requestSubscribeMessage:fail:The main switch is switched off', errCode: 20004 }, 'permission-denied'],
    [{ errMsg: 'getVideoInfo:fail file not exist' }, 'failed'],
    [{ errMsg: 'cloud.uploadFile:fail request:fail timeout' }, 'failed'],
    [new TypeError('wx.chooseMedia is not a function'), 'unsupported'],
    ['weird', 'failed'],
    [undefined, 'failed'],
  ])('%j → %s', (error, outcome) => {
    expect(classifyDeviceFailure(error)).toBe(outcome);
  });

  it('keeps a DeviceError as it is', () => {
    const original = new DeviceError('scan', 'cancelled');
    expect(toDeviceError('copy', original)).toBe(original);
  });

  it('gives every action and outcome a Chinese message, whatever WeChat said', () => {
    const errMsg = fc.record({ errMsg: fc.string(), errno: fc.option(fc.integer(), { nil: undefined }) });
    fc.assert(
      fc.property(fc.constantFrom(...DEVICE_ACTIONS), errMsg, (action, failure) => {
        const { message } = toDeviceError(action, failure);
        expect(message).toMatch(/[\u4e00-\u9fff]/);
        // None of WeChat's English text reaches the person.
        expect(message).not.toMatch(/[A-Za-z]/);
      }),
    );
    for (const action of DEVICE_ACTIONS) for (const outcome of DEVICE_OUTCOMES) expect(deviceMessage(action, outcome)).not.toBe('');
  });
});
