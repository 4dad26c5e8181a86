/** Which version of the mini-program a subscribe message opens (WeChat's `miniprogramState`). */
export const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'] as const;
export type MiniprogramState = (typeof MINIPROGRAM_STATES)[number];

/**
 * MINIPROGRAM_STATE as the deployment set it: `formal` (the released version) when unset. Read at
 * the cold start; a wrong value fails it, so a trial deployment never sends users to a version
 * they cannot open.
 */
export function miniprogramStateFromEnv(raw: string | undefined): MiniprogramState {
  if (raw === undefined || raw === '') return 'formal';
  if ((MINIPROGRAM_STATES as readonly string[]).includes(raw)) return raw as MiniprogramState;
  throw new Error(`MINIPROGRAM_STATE must be one of ${MINIPROGRAM_STATES.join(', ')}, not "${raw}"`);
}
