/**
 * Which copy of the local draft this instance of the app keeps. In WeChat a mini-program runs
 * once per device, so the device's storage holds one draft per unit.
 */
export function draftScope(): { current: string; previous: string | null } {
  return { current: '', previous: null };
}

/** Of these scopes, the ones no running instance holds: one instance per device has none. */
export async function closedScopes(_scopes: readonly string[]): Promise<string[]> {
  return [];
}
