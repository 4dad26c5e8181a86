/**
 * Which copy of the local draft this instance of the app keeps. In WeChat a mini-program runs
 * once per device, so the device's storage holds one draft per unit.
 */
export function draftScope(): { current: string; previous: string | null } {
  return { current: '', previous: null };
}
