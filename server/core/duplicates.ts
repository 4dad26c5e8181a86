import { normalizeIdNumber } from '../../domain/identity/id-number';
import { REVIEWABLE_STATUSES } from './access/nomination-scope';
import type { NominationRecord, Repositories, UnitRecord } from './repositories';

/**
 * The same candidate put forward by other units: only what they submitted counts (a draft is the
 * unit's own business, a withdrawn one is no nomination), never a test unit's. Named by the units'
 * names, in order, each once.
 */
const counts = (other: NominationRecord, units: ReadonlyMap<string, UnitRecord>) =>
  REVIEWABLE_STATUSES.includes(other.status) && units.get(other.unitId)?.test !== true;

const namesOf = (others: NominationRecord[], units: ReadonlyMap<string, UnitRecord>) =>
  [...new Set(others.map((o) => units.get(o.unitId)?.name ?? o.unitId))].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN'));

/** From the campaign's nominations already read: the other units' names for each record, by the normalized 身份证号. */
export function duplicateFinder(records: Iterable<NominationRecord>, units: ReadonlyMap<string, UnitRecord>) {
  const byCandidate = new Map<string, NominationRecord[]>();
  for (const r of records) {
    if (!r.form.idNumber || !counts(r, units)) continue;
    const key = normalizeIdNumber(r.form.idNumber);
    byCandidate.set(key, [...(byCandidate.get(key) ?? []), r]);
  }
  return (record: NominationRecord): string[] => {
    if (!record.form.idNumber) return [];
    const same = byCandidate.get(normalizeIdNumber(record.form.idNumber)) ?? [];
    return namesOf(
      same.filter((o) => o.id !== record.id && o.unitId !== record.unitId),
      units,
    );
  };
}

/** One record's duplicates, by the indexed keyed hash (no other form is read to look). */
export async function duplicateUnitsOf(
  repos: Repositories,
  record: NominationRecord,
  units: ReadonlyMap<string, UnitRecord>,
): Promise<string[]> {
  if (!record.form.idNumber) return [];
  const same = await repos.nominations.withIdNumber(record.campaignId, record.form.idNumber);
  return namesOf(
    same.filter((o) => o.id !== record.id && o.unitId !== record.unitId && counts(o, units)),
    units,
  );
}

export async function unitMap(repos: Repositories): Promise<Map<string, UnitRecord>> {
  return new Map((await repos.units.list()).map((u) => [u.id, u]));
}
