import { readSessionToken, writeSessionToken } from '../../services/session-store';
import { clearLocalDrafts } from '../wizard/draft-storage';

/** Sign-out of the local runtime: the server forgets the token, the browser forgets it and every draft. */
export async function signOut(): Promise<void> {
  const token = readSessionToken();
  clearLocalDrafts();
  writeSessionToken(null);
  // The local copy is gone either way; a server that cannot be reached lets the token expire (12 h).
  if (token) await fetch('/api/dev/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
}
