import type { InviteStatus } from '../../../domain/invites/invite-status';
import type { UnitType } from '../../../domain/lists/unit-types';
import type { NominationStatus, Role } from '../../../domain/status/machine';

/** An invite as `auth.listInvites` and `auth.createInvite` reply it. */
export interface Invite {
  code: string;
  role: Role;
  unitId: string | null;
  createdAt: string;
  expiresAt: string;
  usedBy: string | null;
  usedAt: string | null;
  revokedAt: string | null;
  status?: InviteStatus;
  unitName?: string | null;
  usedByName?: string | null;
}

/** A unit as `admin.listUnits` replies it. */
export interface UnitRow {
  id: string;
  name: string;
  type: UnitType;
  contacts: { userId: string; name: string }[];
  openInvites: number;
  nominationStatus: NominationStatus | null;
}
