import { afterEach, describe, expect, it } from 'vitest';
import { ERROR_MESSAGES } from '../../domain/errors/error-codes';
import { CONSENT_VERSION } from '../../domain/privacy/consent';
import { dataOf, type Harness, openHarness } from './support/harness';
import { attachPassedMedia, CONTACT, draft } from './support/nominations';

let h: Harness;
afterEach(() => h?.close());
const open = () => openHarness({ now: '2023-10-01T01:00:00Z', deadline: '2023-10-20T15:59:59.999Z', frozenClock: true });

async function ready() {
  const made = await draft(h);
  await attachPassedMedia(h, made.id);
  return made;
}

describe('consent held by the server', () => {
  it('refuses a submit without consent: true with CONSENT_REQUIRED, and changes nothing', async () => {
    h = await open();
    const made = await ready();
    for (const extra of [{}, { consent: false }, { consent: 'true' }, { consent: 1 }, { consent: true, consentVersion: '2019-0' }]) {
      const reply = await h.call(CONTACT, 'nomination', { action: 'submit', version: made.version, ...extra });
      expect(reply).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', message: ERROR_MESSAGES.CONSENT_REQUIRED } });
    }
    const got = dataOf(await h.call<{ status: string; version: number }>(CONTACT, 'nomination', { action: 'get' }));
    expect(got).toMatchObject({ status: 'draft', version: made.version });
  });

  it('records when and which version of the consent text was agreed to, and shows it to the staff', async () => {
    h = await open();
    const made = await ready();
    const sent = dataOf(
      await h.call<{ id: string }>(CONTACT, 'nomination', {
        action: 'submit',
        version: made.version,
        consent: true,
        consentVersion: CONSENT_VERSION,
      }),
    );
    const record = dataOf(await h.call<{ review: { consent?: unknown } }>('staff-1', 'review', { action: 'get', nominationId: sent.id }));
    expect(record.review.consent).toEqual({ at: '2023-10-01T01:00:00.000Z', version: CONSENT_VERSION, by: CONTACT });
  });
});
