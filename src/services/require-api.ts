import type { DeviceAction } from '../../domain/privacy/device-messages';

/**
 * Where an API can be missing, this fails with `unsupported` (require-api.weapp.ts). The H5 build imports
 * each API it calls by name (Taro's babel plugin), so none can be missing there, and `Taro` itself does not
 * list them to check.
 */
export function requireApi(_action: DeviceAction, ..._apis: string[]): void {}
