import type { Reply } from '../../domain/api/envelope';

/** Sends one event to a cloud function and returns its reply envelope. */
export type Transport = (name: string, event: Record<string, unknown>) => Promise<Reply>;

// The platform files (transport.h5.ts, transport.weapp.ts) replace this one at build time.
export const transport: Transport = async () => {
  throw new Error('No transport for this platform');
};
