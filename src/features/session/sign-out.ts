import { writeSessionToken } from '../../services/session-store';
import { clearLocalDrafts } from '../wizard/draft-storage';

/**
 * Sign-out in the mini-program: WeChat vouches for the person, so there is no session to end on the
 * server; what this phone kept (drafts, the token of a local run) is removed.
 */
export async function signOut(): Promise<void> {
  clearLocalDrafts();
  writeSessionToken(null);
}
