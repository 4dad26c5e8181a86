import { useState } from 'react';
import type { DeviceAction, DeviceOutcome } from '../../../domain/privacy/device-messages';
import { DeviceError, deviceCall } from '../../services/device-failure';

/**
 * Runs a device call from a tap and keeps what went wrong for `DeviceNotice`: a cancel, a refusal or a
 * failure becomes a Chinese message on the page, and the same tap tries again.
 */
export function useDeviceAttempt() {
  const [problem, setProblem] = useState<DeviceError | null>(null);
  return {
    problem,
    clear: () => setProblem(null),
    report: (action: DeviceAction, outcome: DeviceOutcome) => setProblem(new DeviceError(action, outcome)),
    /** The call's result, or null when it did not succeed (the problem is then shown). */
    async attempt<T>(action: DeviceAction, run: () => Promise<T>): Promise<{ value: T } | null> {
      setProblem(null);
      try {
        return { value: await deviceCall(action, run) };
      } catch (error) {
        setProblem(error as DeviceError);
        return null;
      }
    },
  };
}
