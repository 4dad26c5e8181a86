import { callFunction } from '../../services/api';
import { useCall } from '../../services/use-call';
import type { Role } from '../../../domain/status/machine';

export interface Me {
  userId: string;
  role: Role;
  name: string;
  unitId?: string;
  unitName?: string;
}

/** The signed-in user; `UNAUTHENTICATED` means nobody is signed in yet. */
export function useWhoami() {
  return useCall(() => callFunction<Me>('auth', 'whoami'), []);
}
