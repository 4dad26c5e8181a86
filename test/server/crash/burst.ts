import type { Reply } from '../../../domain/api/envelope';
import { VALID_FORM } from '../../domain/support/forms';
import type { HttpClient } from '../support/http-client';
import { ackMedia, ackVersion, tracked, type UnitLedger } from './ledger';

interface Media {
  id: string;
  kind: 'photo' | 'video';
}
export interface NominationView {
  id: string;
  version: number;
  status: string;
  form: { deeds?: string };
  photos: Media[];
  video: Media | null;
}
type Versioned = { version: number; status: string };

export interface Contact {
  userId: string;
  unitId: string;
  token: string;
  ledger: UnitLedger;
}

export interface Burst {
  client: HttpClient;
  round: number;
  /** Cleared when the runtime is killed: every loop stops at its next step. */
  running: () => boolean;
  random: () => number;
  media: { photo: Uint8Array<ArrayBuffer>; video: Uint8Array<ArrayBuffer> };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function saveDraft(b: Burst, c: Contact, view: NominationView | null, step: number) {
  const deeds = `第${b.round}轮第${step}次修改：${c.unitId} 扎根一线，攻坚克难。`;
  const reply = await tracked(c.ledger, { action: 'saveDraft', deeds }, () =>
    b.client.call<Versioned>(c.token, 'nomination', { action: 'saveDraft', version: view?.version, form: { ...VALID_FORM, deeds } }),
  );
  if (reply.ok) ackVersion(c.ledger, { ...reply.data, deeds });
}

async function addMedia(b: Burst, c: Contact, kind: 'photo' | 'video') {
  const bytes = b.media[kind];
  const upload = await tracked(c.ledger, { action: 'upload', kind }, () => b.client.upload(c.token, kind, `${kind}.bin`, bytes));
  if (!upload.ok) return;
  c.ledger.uploads.add(upload.data.fileId);
  c.ledger.acks++;
  const checked = await tracked(c.ledger, { action: 'check', kind }, () =>
    b.client.call<{ mediaId: string }>(c.token, 'media', { action: 'check', fileId: upload.data.fileId, kind }),
  );
  if (checked.ok) ackMedia(c.ledger, checked.data.mediaId, kind);
}

async function removeMedia(b: Burst, c: Contact, mediaId: string) {
  const reply = await tracked(c.ledger, { action: 'remove', mediaId }, () =>
    b.client.call(c.token, 'media', { action: 'remove', mediaId }),
  );
  if (reply.ok) {
    c.ledger.media.delete(mediaId);
    c.ledger.acks++;
  }
}

async function step(b: Burst, c: Contact, version: number, action: 'submit' | 'withdraw') {
  const reply = await tracked(c.ledger, { action }, () =>
    b.client.call<Versioned>(c.token, 'nomination', { action, version, ...(action === 'submit' ? { consent: true } : {}) }),
  );
  if (reply.ok) ackVersion(c.ledger, reply.data);
}

/** One contact's next write, chosen from what their nomination looks like now. */
async function contactStep(b: Burst, c: Contact, n: number) {
  const got = await b.client.call<NominationView | null>(c.token, 'nomination', { action: 'get' });
  const view = got.ok ? got.data : null;
  const r = b.random();
  if (!view || view.status === 'withdrawn') return saveDraft(b, c, view, n);
  if (view.status === 'submitted') return r < 0.3 ? step(b, c, view.version, 'withdraw') : pause(5);
  if (view.status !== 'draft' && view.status !== 'returned') return pause(10);
  if (view.photos.length < 2) return addMedia(b, c, 'photo');
  if (!view.video) return addMedia(b, c, 'video');
  if (r < 0.4) return saveDraft(b, c, view, n);
  if (r < 0.7) return step(b, c, view.version, 'submit');
  if (r < 0.8) return step(b, c, view.version, 'withdraw');
  if (r < 0.9) return view.photos.length < 3 ? addMedia(b, c, 'photo') : removeMedia(b, c, view.photos[0].id);
  return addMedia(b, c, 'video');
}

/** A contact writing as fast as the server answers, until the runtime dies. */
export async function contactLoop(b: Burst, c: Contact) {
  for (let n = 1; b.running(); n++) await contactStep(b, c, n).catch(() => undefined);
}

/** The staff member accepting or returning whatever is submitted. */
export async function staffLoop(b: Burst, token: string, ledgers: Map<string, UnitLedger>) {
  while (b.running()) {
    try {
      const list = await b.client.call<{ items: { id: string; unitId: string }[] }>(token, 'review', {
        action: 'list',
        status: 'submitted',
      });
      const items = list.ok ? list.data.items : [];
      const item = items[Math.floor(b.random() * items.length)];
      const ledger = item ? ledgers.get(item.unitId) : undefined;
      if (!item || !ledger) {
        await pause(10);
        continue;
      }
      const got = await b.client.call<Versioned>(token, 'review', { action: 'get', nominationId: item.id });
      if (!got.ok) continue;
      // Accepted is the end of a contact's part: at most half the units get there, so the others keep writing.
      const accepted = [...ledgers.values()].filter((l) => l.status === 'accepted').length;
      const action = b.random() < 0.3 && accepted < ledgers.size / 2 ? 'accept' : 'return';
      const reasons = [{ path: 'deeds', message: '请补充主要事迹的具体成果' }];
      const reply: Reply<Versioned> = await tracked(ledger, { action }, () =>
        b.client.call<Versioned>(token, 'review', {
          action,
          nominationId: item.id,
          version: got.data.version,
          ...(action === 'return' ? { reasons } : {}),
        }),
      );
      if (reply.ok) ackVersion(ledger, reply.data);
    } catch {
      // The runtime was killed mid-call: the loop ends at its next check.
    }
  }
}
