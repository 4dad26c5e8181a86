import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/local/http-server';
import { type Harness, openHarness } from './support/harness';
import { accepted, CONTACT, draft, submitted } from './support/nominations';

const READERS = ['signed-out', CONTACT, 'contact-district-xicheng', 'staff-1', 'expert-1', 'admin-1'] as const;
type Reader = (typeof READERS)[number];

let h: Harness;
let server: http.Server;
let base: string;

async function open() {
  h = await openHarness();
  server = createHttpServer(h.runtime, '/nonexistent');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  h.close();
});

const tokenOf = (as: string) => h.runtime.sessions.create(as, h.runtime.clock.now());

async function upload(): Promise<string> {
  const response = await fetch(`${base}/api/files?kind=photo&name=a.jpg`, {
    method: 'PUT',
    body: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    headers: { authorization: `Bearer ${tokenOf(CONTACT)}` },
  });
  return ((await response.json()) as { fileId: string }).fileId;
}

async function attach(nominationId: string, fileId: string) {
  const verdict = { ok: true, reasons: [] };
  const media = { id: randomUUID(), nominationId, kind: 'photo' as const, fileId, position: 0, ok: true, measured: {}, verdict };
  await h.runtime.portsFor(null).db.transaction((tx) => tx.media.put({ ...media, createdAt: new Date().toISOString() }));
}

/** Who gets the file (HTTP 200) over `GET /api/files/<id>` with their own session. */
async function whoMayRead(fileId: string): Promise<Reader[]> {
  const allowed: Reader[] = [];
  for (const reader of READERS) {
    const headers: Record<string, string> = reader === 'signed-out' ? {} : { authorization: `Bearer ${tokenOf(reader)}` };
    const response = await fetch(`${base}/api/files/${encodeURIComponent(fileId)}`, { headers });
    await response.arrayBuffer();
    if (response.status === 200) allowed.push(reader);
    else expect(response.status).toBe(404);
  }
  return allowed;
}

describe('GET /api/files/<id>: only to whoever may see its nomination', () => {
  it('an upload not attached yet: its own unit only', async () => {
    await open();
    await draft(h);
    expect(await whoMayRead(await upload())).toEqual([CONTACT]);
  });

  it('attached to a draft: the unit and the admin', async () => {
    await open();
    const fileId = await upload();
    await attach((await draft(h)).id, fileId);
    expect(await whoMayRead(fileId)).toEqual([CONTACT, 'admin-1']);
  });

  it('attached to a submitted nomination: staff too; experts not yet', async () => {
    await open();
    const fileId = await upload();
    await attach((await submitted(h)).id, fileId);
    expect(await whoMayRead(fileId)).toEqual([CONTACT, 'staff-1', 'admin-1']);
  });

  it('attached to an accepted nomination: experts too; never another unit or someone signed out', async () => {
    await open();
    const fileId = await upload();
    await attach((await accepted(h)).id, fileId);
    expect(await whoMayRead(fileId)).toEqual([CONTACT, 'staff-1', 'expert-1', 'admin-1']);
  });

  it('a signed link, as the app shows photos with, works without a session and only untampered', async () => {
    await open();
    const fileId = await upload();
    const link = await h.runtime.portsFor(null).files.url(fileId);
    expect((await fetch(`${base}${link}`)).status).toBe(200);
    expect((await fetch(`${base}${link.replace(/sig=./, 'sig=A')}`)).status).toBe(404);
  });
});
