import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../server/local/http-server';
import { type Harness, openHarness } from './support/harness';

let h: Harness;
let server: http.Server;
let base: string;

beforeAll(async () => {
  h = await openHarness();
  server = createHttpServer(h.runtime, '/nonexistent');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  h.close();
});

const post = (path: string, body: string, token?: string) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

async function login(as: string): Promise<string> {
  const response = await post('/api/dev/login', JSON.stringify({ as }));
  return ((await response.json()) as { token: string }).token;
}

describe('local HTTP contract', () => {
  it('reports health and lists the demo users', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const users = (await (await fetch(`${base}/api/dev/users`)).json()) as { id: string; role: string }[];
    expect(users.map((u) => u.id)).toEqual(
      expect.arrayContaining(['staff-1', 'expert-1', 'expert-2', 'admin-1', 'contact-district-dongcheng']),
    );
  });

  it('signs in a demo user and calls a function with the token', async () => {
    const token = await login('admin-1');
    const reply = await (await post('/api/fn/auth', JSON.stringify({ action: 'whoami' }), token)).json();
    expect(reply).toMatchObject({ ok: true, data: { userId: 'admin-1', role: 'admin' } });
  });

  it('answers bad input with typed envelopes (HTTP 200), never a stack trace', async () => {
    const cases: [string, string, string][] = [
      ['/api/fn/auth', '{not json', 'VALIDATION_FAILED'],
      ['/api/fn/auth', '[1,2]', 'VALIDATION_FAILED'],
      ['/api/fn/nosuch', '{"action":"x"}', 'UNKNOWN_ACTION'],
      ['/api/fn/auth', JSON.stringify({ action: 'whoami', pad: 'x'.repeat(1024 * 1024) }), 'PAYLOAD_TOO_LARGE'],
    ];
    for (const [path, body, code] of cases) {
      const response = await post(path, body);
      expect(response.status).toBe(200);
      const reply = (await response.json()) as { ok: boolean; error: { code: string; message: string } };
      expect(reply).toMatchObject({ ok: false, error: { code } });
      expect(reply.error.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('treats a forged token as signed out', async () => {
    const reply = await (await post('/api/fn/auth', JSON.stringify({ action: 'whoami' }), 'forged-token')).json();
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('stores an upload under a server-made name and serves it, before it is attached, only to its unit', async () => {
    const own = await login('contact-district-haidian');
    const other = await login('contact-district-xicheng');
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const put = await fetch(`${base}/api/files?kind=photo&name=${encodeURIComponent('../../etc/passwd.jpg')}`, {
      method: 'PUT',
      body: new Uint8Array(bytes),
      headers: { authorization: `Bearer ${own}` },
    });
    const { fileId } = (await put.json()) as { fileId: string };
    expect(fileId).toMatch(/^uploads\/district-haidian\/photo-[0-9a-f-]+\.jpg$/);
    const read = (token: string) =>
      fetch(`${base}/api/files/${encodeURIComponent(fileId)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await (await read(own)).arrayBuffer())).toEqual(bytes);
    expect((await read(await login('staff-1'))).status).toBe(404);
    expect((await read(other)).status).toBe(404);
    expect((await fetch(`${base}/api/files/${encodeURIComponent(fileId)}`)).status).toBe(404);
    // A signed link (what <img> and <video> use) works without the header, and only untampered.
    const link = await h.runtime.portsFor(null).files.url(fileId);
    expect((await fetch(`${base}${link}`)).status).toBe(200);
    expect((await fetch(`${base}${link.replace(/sig=./, 'sig=A')}`)).status).toBe(404);
    expect((await fetch(`${base}${link.replace(/expires=\d+/, 'expires=1')}`)).status).toBe(404);
  });

  it('refuses uploads from non-contacts and without a kind', async () => {
    const staff = await login('staff-1');
    const asStaff = await fetch(`${base}/api/files?kind=photo&name=a.jpg`, {
      method: 'PUT',
      body: 'x',
      headers: { authorization: `Bearer ${staff}` },
    });
    expect(asStaff.status).toBe(403);
    const contact = await login('contact-district-haidian');
    const noKind = await fetch(`${base}/api/files?name=a.jpg`, {
      method: 'PUT',
      body: 'x',
      headers: { authorization: `Bearer ${contact}` },
    });
    expect(await noKind.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
