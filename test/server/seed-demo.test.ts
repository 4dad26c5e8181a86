import { afterEach, describe, expect, it } from 'vitest';
import { validateForSubmit } from '../../domain/form/nomination-form';
import { demoForm } from '../../scripts/seed/demo-form';
import { ALL_STATUSES, seedNominations, seedUnits } from '../../scripts/seed/nominations';
import { dataOf, type Harness, openHarness } from './support/harness';

describe('the demo seeding (seed:demo, bench:load, the exports bench)', () => {
  let h: Harness | undefined;
  afterEach(() => h?.close());

  it('makes 300 complete 登记表 that pass submit, each with its own ID number', () => {
    const forms = Array.from({ length: 300 }, (_, i) => demoForm(i));
    expect(forms.filter((f) => !validateForSubmit(f).ok)).toEqual([]);
    expect(new Set(forms.map((f) => f.idNumber)).size).toBe(300);
  });

  it('writes each nomination with its audit trail up to its status, and contacts who can sign in', async () => {
    h = await openHarness();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const seeded = await seedNominations(h.runtime, {
      count: ALL_STATUSES.length,
      media: { photos: [bytes, bytes], video: bytes },
      contacts: true,
    });
    const units = await seedUnits(h.runtime, { count: 2, prefix: 'seed', from: seeded.length });
    const db = h.runtime.connections.reader;
    for (const s of seeded) {
      const trail = db.prepare('SELECT action, to_status FROM audit_log WHERE nomination_id = ? ORDER BY seq').all(s.id) as {
        action: string;
        to_status: string;
      }[];
      expect(trail[0]).toEqual({ action: 'create', to_status: 'draft' });
      expect(trail.at(-1)?.to_status).toBe(s.status);
      const own = dataOf(await h.call<{ status: string; photos: unknown[] } | null>(s.contactId, 'nomination', { action: 'get' }));
      expect(own).toMatchObject({ status: s.status, photos: [{}, {}] });
    }
    expect(units.map((u) => u.contactId)).toEqual(['contact-seed-0009', 'contact-seed-0010']);
    expect(dataOf(await h.call(units[0].contactId, 'nomination', { action: 'get' }))).toBeNull();
  });
});
