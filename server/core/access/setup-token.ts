import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../app-error';
import type { Ports } from '../ports';

/** A SETUP_TOKEN shorter than this is treated as absent: it guards the first admin. */
const SETUP_TOKEN_MIN_LENGTH = 24;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Constant-time comparison of the offered token with the configured one. */
function tokenMatches(configured: string | undefined, offered: string | undefined): boolean {
  if (!configured || configured.length < SETUP_TOKEN_MIN_LENGTH || !offered) return false;
  return timingSafeEqual(sha256(configured), sha256(offered));
}

/** The `admin-or-setup-token` audience for a caller who is not the admin: the deployment's token, while there is no admin. */
export async function assertSetupToken(ports: Ports, offered: unknown, configured: string | undefined): Promise<void> {
  if (!configured || configured.length < SETUP_TOKEN_MIN_LENGTH) {
    throw new AppError(
      'FORBIDDEN',
      `只有管理员可以初始化；首次初始化需要在云函数环境变量中配置 SETUP_TOKEN（至少 ${SETUP_TOKEN_MIN_LENGTH} 个字符）`,
    );
  }
  if (!tokenMatches(configured, typeof offered === 'string' ? offered : undefined)) throw new AppError('FORBIDDEN', '初始化口令不正确');
  await assertNoAdminYet(ports, { unreadableMeansNone: true });
}

/**
 * SETUP_TOKEN opens the door only while there is no admin: afterwards a leaked token is worthless.
 * At the boundary the users may be unreadable (a new cloud environment has no collections yet):
 * then `unreadableMeansNone`, and the setup checks again once its collections exist.
 */
export async function assertNoAdminYet(ports: Ports, options: { unreadableMeansNone?: boolean } = {}) {
  const admins = await ports.db.read.users.byRole('admin').catch((error: unknown) => {
    if (options.unreadableMeansNone) return [];
    throw error;
  });
  if (admins.length > 0) throw new AppError('FORBIDDEN', '已经有管理员，请由管理员登录后再初始化；初始化口令不再有效');
}
