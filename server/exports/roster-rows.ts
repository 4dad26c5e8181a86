import type { Campaign } from '../../domain/campaign/campaign';
import { ageFromIdNumber } from '../../domain/form/age';
import { maskIdNumber } from '../../domain/identity/id-number';
import { maskPhone } from '../../domain/phone/phone';
import { STATUS_LABELS } from '../../domain/status/machine';
import { countChars } from '../../domain/text/count-chars';
import { formatShanghai } from '../../domain/time/shanghai';
import { averageScore, weightedTotal } from '../core/ranking';
import { EDUCATION_LEVELS } from '../../domain/lists/education-levels';
import { ETHNICITIES } from '../../domain/lists/ethnicities';
import { withCode } from '../../domain/lists/list-item';
import { UNIT_TYPE_LABELS } from '../../domain/lists/unit-types';
import type { NominationRecord, ScoreRecord, UnitRecord } from '../core/repositories';
import type { PrintableForm } from '../printable/registration-form-input';

export const ABSTAINED = '回避';

type FormColumns = 'name' | 'age' | 'education' | 'politicalStatus' | 'ethnicity' | 'phone' | 'idNumber' | 'workUnitAndPost' | 'honors';

/** One line of the roster: the 登记表's fields as printed (phone and ID masked unless the export is full), then the review. */
export interface RosterRow extends Pick<PrintableForm, FormColumns> {
  unit: string;
  unitType: string;
  category: string;
  deedsLength: number;
  status: string;
  submittedAt: string;
  paperCopies: number | null;
  /** Each expert's weighted total (final scores only) or 回避, by expert id. */
  expertTotals: Record<string, number | typeof ABSTAINED>;
  average: number | null;
  decision: string;
  /** The other units that put the same candidate forward (submitted, not withdrawn), by name. */
  duplicates: string;
}

export function rosterRow(args: {
  record: NominationRecord;
  unit: UnitRecord | undefined;
  scores: readonly ScoreRecord[];
  campaign: Campaign;
  full: boolean;
  duplicateUnits?: readonly string[];
}): RosterRow {
  const { record, unit, scores, campaign, full } = args;
  const f = record.form;
  const expertTotals: RosterRow['expertTotals'] = {};
  for (const s of scores) {
    if (s.state === 'final') expertTotals[s.expertId] = weightedTotal(campaign.criteria, s.scores);
    if (s.state === 'abstained') expertTotals[s.expertId] = ABSTAINED;
  }
  return {
    unit: unit?.name ?? record.unitId,
    unitType: unit ? UNIT_TYPE_LABELS[unit.type] : '',
    category: campaign.categories.find((c) => c.key === f.category)?.label ?? '',
    name: f.name ?? '',
    age: f.idNumber ? ageFromIdNumber(f.idNumber, campaign.deadline) : null,
    education: withCode(EDUCATION_LEVELS, f.education ?? ''),
    politicalStatus: f.politicalStatus ?? '',
    ethnicity: withCode(ETHNICITIES, f.ethnicity ?? ''),
    phone: f.phone ? (full ? f.phone : maskPhone(f.phone)) : '',
    idNumber: f.idNumber ? (full ? f.idNumber : maskIdNumber(f.idNumber)) : '',
    workUnitAndPost: f.workUnitAndPost ?? '',
    honors: f.honors ?? '',
    deedsLength: countChars(f.deeds ?? ''),
    status: STATUS_LABELS[record.status],
    submittedAt: record.submittedAt ? formatShanghai(record.submittedAt) : '',
    paperCopies: record.review.paper?.copies ?? null,
    expertTotals,
    average: averageScore(campaign.criteria, scores).average,
    decision: record.status === 'recommended' ? '推荐' : record.status === 'not_recommended' ? '不推荐' : '',
    duplicates: (args.duplicateUnits ?? []).join('、'),
  };
}
