import { z } from 'zod';
import { ERROR_CODES } from '../../../domain/errors/error-codes';

const CHINESE = /[\u4e00-\u9fa5]/;

const fieldIssue = z.strictObject({ path: z.string(), code: z.string().min(1), message: z.string().regex(CHINESE) });

/** API.md's reply envelope, as strictly as the contract says it: a typed code and Chinese text on every failure. */
export const replySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({
      code: z.enum(ERROR_CODES),
      message: z.string().regex(CHINESE),
      fields: z.array(fieldIssue).min(1).optional(),
      retryAfterSec: z.number().nonnegative().optional(),
    }),
  }),
]);

export type CheckedReply = z.output<typeof replySchema>;

/** Why a reply breaks the contract for a fuzzed event, or null when it keeps it. */
export function contractBreach(reply: unknown): string | null {
  const parsed = replySchema.safeParse(reply);
  if (!parsed.success) return `reply is no envelope: ${JSON.stringify(parsed.error.issues).slice(0, 500)}`;
  if (!parsed.data.ok && parsed.data.error.code === 'INTERNAL') return 'reply is INTERNAL';
  return null;
}
