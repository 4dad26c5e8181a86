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
  /** A code of the review demo's test unit. */
  test?: boolean;
}

/** A unit as `admin.listUnits` replies it. */
export interface UnitRow {
  id: string;
  name: string;
  type: UnitType;
  contacts: { userId: string; name: string }[];
  openInvites: number;
  nominationStatus: NominationStatus | null;
  /** The review demo's test unit. */
  test?: boolean;
}

/** One of the review demo's two codes, as `admin.reviewDemo` replies it. */
export interface ReviewDemoInvite {
  code: string;
  role: 'contact' | 'staff';
  expiresAt: string;
  status: InviteStatus;
  usedByName: string | null;
}

/** The account for WeChat's 审核, as `admin.reviewDemo` and `admin.createReviewDemo` reply it. */
export interface ReviewDemo {
  unit: { id: string; name: string; test?: boolean };
  invites: { contact: ReviewDemoInvite | null; staff: ReviewDemoInvite | null };
  deadline: string;
  nominationStatus: NominationStatus | null;
  note: string | null;
}
