import type Database from 'better-sqlite3';
import type { NominationFormDraft } from '../../../../domain/form/nomination-form';
import type { PersonalDataCipher } from '../../../core/personal-data/cipher';
import { openForm, sealForm } from '../../../core/personal-data/sealed-form';

interface LegacyRow {
  id: string;
  form: string;
}

/**
 * Boot step: seals the rows a database made before sealing still holds in plaintext (sealed = 0),
 * then rewrites the file and empties the WAL, so the old plaintext pages are gone from disk too.
 */
export function sealLegacyRows(db: Database.Database, cipher: PersonalDataCipher): number {
  const rows = db.prepare('SELECT id, form FROM nominations WHERE sealed = 0').all() as LegacyRow[];
  if (rows.length === 0) return 0;
  const update = db.prepare('UPDATE nominations SET form = ?, id_hash = ?, sealed = 1 WHERE id = ? AND sealed = 0');
  db.transaction(() => {
    for (const row of rows) {
      const { form, idHash } = sealForm(JSON.parse(row.form) as NominationFormDraft, cipher, row.id);
      update.run(JSON.stringify(form), idHash, row.id);
    }
  })();
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return rows.length;
}

/** Fails the start when the key does not open what the database holds (a replaced data-key file, another JINGUO_DATA_KEY). */
export function assertKeyOpensData(db: Database.Database, cipher: PersonalDataCipher, keySource: string): void {
  const row = db.prepare("SELECT id, form FROM nominations WHERE sealed = 1 AND form LIKE '%pd1:%' LIMIT 1").get() as LegacyRow | undefined;
  if (!row) return;
  try {
    openForm(JSON.parse(row.form) as NominationFormDraft, cipher, row.id);
  } catch {
    throw new Error(
      `the data key (${keySource}) does not open the personal data in this database: restore the key it was sealed with (key id ${keyIdOf(row.form)}), or use another DATA_DIR`,
    );
  }
}

const keyIdOf = (form: string) => /"pd1:([\w-]+):/.exec(form)?.[1] ?? 'unknown';
