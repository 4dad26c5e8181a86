import { upgradeForm } from '../../../../domain/form/form-upgrade';
import type { NominationFormDraft } from '../../../../domain/form/nomination-form';
import type { NominationStatus } from '../../../../domain/status/machine';
import type { PersonalDataCipher } from '../../../core/personal-data/cipher';
import { openForm, sealForm } from '../../../core/personal-data/sealed-form';
import type { NominationRecord } from '../../../core/repositories';

export interface NominationRow {
  id: string;
  campaign_id: string;
  unit_id: string;
  status: string;
  version: number;
  form: string;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  review: string;
  id_hash: string | null;
  /** 1: the form's personal keys are envelopes; 0: a row from before sealing, until the boot step seals it. */
  sealed: number;
}

/** Maps rows to records and back, sealing 身份证号 and 联系电话 on the way in and opening them on the way out. */
export function nominationRows(cipher: PersonalDataCipher) {
  return {
    toNomination(row: NominationRow): NominationRecord {
      // Forms saved under earlier lists are read in today's values (upgradeForm).
      const stored = upgradeForm(JSON.parse(row.form) as NominationFormDraft);
      return {
        id: row.id,
        campaignId: row.campaign_id,
        unitId: row.unit_id,
        status: row.status as NominationStatus,
        version: row.version,
        form: row.sealed ? openForm(stored, cipher, row.id) : stored,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        submittedAt: row.submitted_at,
        review: JSON.parse(row.review) as NominationRecord['review'],
      };
    },
    toRow(r: NominationRecord): Omit<NominationRow, 'sealed'> & { sealed: 1 } {
      const { form, idHash } = sealForm(r.form, cipher, r.id);
      return {
        id: r.id,
        campaign_id: r.campaignId,
        unit_id: r.unitId,
        status: r.status,
        version: r.version,
        form: JSON.stringify(form),
        created_at: r.createdAt,
        updated_at: r.updatedAt,
        submitted_at: r.submittedAt,
        review: JSON.stringify(r.review),
        id_hash: idHash,
        sealed: 1,
      };
    },
  };
}
