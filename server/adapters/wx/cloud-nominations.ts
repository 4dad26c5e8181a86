import { upgradeForm } from '../../../domain/form/form-upgrade';
import type { PersonalDataCipher } from '../../core/personal-data/cipher';
import { openForm, sealForm } from '../../core/personal-data/sealed-form';
import type { NominationRecord, Repositories, UnitRecord } from '../../core/repositories';
import { all, CLOUD_PAGE, type DocAccess } from './cloud-docs';
import type { WxDatabase } from './wx-sdk-surface';

/** The document as stored: the form's personal keys are envelopes (`sealed: true`), the ID's keyed hash beside them. */
type NominationDoc = NominationRecord & { idHash?: string | null; sealed?: boolean };

/** The nominations repository over the cloud database, sealing 身份证号 and 联系电话 on write and opening them on read. */
export function cloudNominations(db: WxDatabase, docs: DocAccess, cipher: PersonalDataCipher): Repositories['nominations'] {
  const _ = db.command;
  const collection = () => db.collection<NominationDoc>('nominations');
  const toRecord = (doc: NominationDoc | null): NominationRecord | null => {
    if (!doc) return null;
    const { idHash: _hash, sealed, ...record } = doc;
    // Forms saved under earlier lists are read in today's values (upgradeForm).
    return { ...record, form: upgradeForm(sealed ? openForm(record.form, cipher, record.id) : record.form) };
  };
  const toDoc = (record: NominationRecord): NominationDoc => {
    const { form, idHash } = sealForm(record.form, cipher, record.id);
    return { ...record, form, idHash, sealed: true };
  };
  const records = (data: NominationDoc[]) => data.map((doc) => toRecord(doc) as NominationRecord);
  // No joins in the cloud database: the test units (the review demo, a handful at most) are read first.
  const testUnitIds = async () => (await all<UnitRecord>(db, 'units', { test: true }, ['_id', 'asc'])).map((u) => u.id);
  return {
    get: async (id) => toRecord(await docs.get<NominationDoc>('nominations', id)),
    getByUnit: async (campaignId, unitId) => toRecord(await docs.get<NominationDoc>('nominations', `${campaignId}:${unitId}`)),
    async insert(record) {
      // The id is deterministic per (campaign, unit): an existing document means the quota is used.
      if (await docs.get('nominations', record.id)) return false;
      await docs.set('nominations', record.id, toDoc(record));
      return true;
    },
    async update(record, expectedVersion) {
      const current = await docs.get<NominationDoc>('nominations', record.id);
      if (!current || current.version !== expectedVersion) return false;
      await docs.set('nominations', record.id, toDoc(record));
      return true;
    },
    async list(filter, page) {
      const where: Record<string, unknown> = { campaignId: filter.campaignId };
      if (filter.statuses?.length) where.status = _.in(filter.statuses);
      const tests = filter.excludeTest ? await testUnitIds() : [];
      const unitIds = filter.unitIds?.filter((id) => !tests.includes(id));
      if (filter.unitIds?.length && !unitIds?.length) return [];
      if (unitIds?.length) where.unitId = _.in(unitIds);
      else if (tests.length) where.unitId = _.nin(tests);
      const [updatedAt, id] = page.after?.split('|') ?? [];
      const query = page.after ? _.and([where, _.or([{ updatedAt: _.lt(updatedAt) }, { updatedAt, id: _.lt(id) }])]) : where;
      const { data } = await collection()
        .where(query as Record<string, unknown>)
        .orderBy('updatedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(Math.min(page.limit, CLOUD_PAGE))
        .get();
      return records(data);
    },
    async withIdNumber(campaignId, idNumber) {
      // One candidate is nominated by a few units at most: one page is all of them.
      const { data } = await collection()
        .where({ campaignId, idHash: cipher.idHash(idNumber) })
        .orderBy('id', 'asc')
        .limit(CLOUD_PAGE)
        .get();
      return records(data);
    },
    async countByStatus(campaignId) {
      const counts: Record<string, number> = {};
      const tests = await testUnitIds();
      const where = tests.length ? { campaignId, unitId: _.nin(tests) } : { campaignId };
      for (const n of await all<NominationDoc>(db, 'nominations', where, ['id', 'asc'])) counts[n.status] = (counts[n.status] ?? 0) + 1;
      return counts;
    },
  };
}
