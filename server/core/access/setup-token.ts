import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../app-error';

/** A SETUP_TOKEN shorter than this is treated as absent: it guards the first admin. */
export const SETUP_TOKEN_MIN_LENGTH = 24;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Constant-time comparison of the offered token with the configured one. */
export function tokenMatches(configured: string | undefined, offered: string | undefined): boolean {
  if (!configured || configured.length < SETUP_TOKEN_MIN_LENGTH || !offered) return false;
  return timingSafeEqual(sha256(configured), sha256(offered));
}

/** The `admin-or-setup-token` audience for a caller who is not the admin (the setup checks afterwards that no admin exists yet). */
export function assertSetupToken(offered: unknown, configured: string | undefined): void {
  if (!configured || configured.length < SETUP_TOKEN_MIN_LENGTH) {
    throw new AppError(
      'FORBIDDEN',
      `只有管理员可以初始化；首次初始化需要在云函数环境变量中配置 SETUP_TOKEN（至少 ${SETUP_TOKEN_MIN_LENGTH} 个字符）`,
    );
  }
  if (!tokenMatches(configured, typeof offered === 'string' ? offered : undefined)) throw new AppError('FORBIDDEN', '初始化口令不正确');
}
