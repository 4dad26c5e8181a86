import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { FUNCTIONS } from '../../../server/functions';
import { openLocalRuntime } from '../../../server/local/runtime';
import { dataOf } from '../support/harness';
import { CONTACT, VALID_FORM } from '../support/nominations';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

it('puts the 登记表 and exports of an older data folder into the ledger at start, so a purge finds them', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-backfill-'));
  dirs.push(dataDir);
  const first = await openLocalRuntime({ dataDir, now: new Date('2023-10-01T01:00:00Z') });
  const ports = first.portsFor(first.sessions.create(CONTACT, first.clock.now()));
  dataOf(await FUNCTIONS.nomination.handle({ action: 'saveDraft', form: VALID_FORM }, ports));
  const { fileId } = dataOf(await FUNCTIONS.nomination.handle({ action: 'printable' }, ports)) as { fileId: string };
  // As a release without the ledger left it.
  first.connections.writer.exec('DELETE FROM stored_files');
  first.close();
  const again = await openLocalRuntime({ dataDir });
  try {
    const rows = await again.portsFor(null).db.read.storedFiles.forCampaign('2023', 'printable');
    expect(rows).toEqual([expect.objectContaining({ fileId, owner: '2023:district-haidian', reviewAt: null })]);
  } finally {
    again.close();
  }
});
