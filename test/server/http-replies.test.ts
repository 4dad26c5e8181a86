import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_TTL_MS } from '../../server/adapters/local/dev-sessions';
import { createHttpServer } from '../../server/local/http-server';
import { exportToEnd } from './exports/run';
import { seedNominations } from './exports/seed';
import { dataOf, type Harness, openHarness } from './support/harness';

let h: Harness;
let server: http.Server;
let base: string;

beforeAll(async () => {
  h = await openHarness({
    now: '2023-10-10T02:00:00Z',
    deadline: '2023-10-20T15:59:59.999Z',
    frozenClock: true,
    sessionTtlMs: SESSION_TTL_MS,
  });
  server = createHttpServer(h.runtime, '/nonexistent');
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  h.close();
});

const login = async (as: string) =>
  ((await (await fetch(`${base}/api/dev/login`, { method: 'POST', body: JSON.stringify({ as }) })).json()) as { token: string }).token;
/** Whom the server takes the token for: a user id, or the error code. */
const whoami = async (token: string) => {
  const init = { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{"action":"whoami"}' };
  const reply = (await (await fetch(`${base}/api/fn/auth`, init)).json()) as {
    ok: boolean;
    data?: { userId: string };
    error?: { code: string };
  };
  return reply.data?.userId ?? reply.error?.code;
};

describe('replies', () => {
  it('serves each download with its real type and its file name', async () => {
    const [seeded] = await seedNominations(h.runtime, { count: 1, statuses: ['submitted'] });
    const xlsx = (await exportToEnd(h, { format: 'xlsx' })).result;
    const zip = (await exportToEnd(h, { format: 'zip', full: true })).result;
    const printable = dataOf(await h.call<{ url: string }>('admin-1', 'nomination', { action: 'printable', nominationId: seeded.id }));
    const photo = (await h.runtime.portsFor(null).db.read.media.forNomination(seeded.id)).find((m) => m.kind === 'photo');
    const cases = [
      [xlsx.url, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'attachment', '推荐名单（脱敏）.xlsx'],
      [zip.url, 'application/zip', 'attachment', '推荐材料（完整）.zip'],
      [printable.url, 'application/pdf', 'inline', expect.stringMatching(/^登记表-.+\.pdf$/)],
      [await h.runtime.portsFor(null).files.url(photo?.fileId ?? ''), 'image/jpeg', 'inline', expect.stringMatching(/^photo-.+\.jpg$/)],
    ] as const;
    for (const [url, type, kind, name] of cases) {
      const response = await fetch(`${base}${url}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(type);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition.startsWith(`${kind}; filename="`)).toBe(true);
      expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '')).toEqual(name);
    }
    // The name is signed with the link: another one is refused.
    const renamed = xlsx.url.replace(/name=[^&]+/, `name=${encodeURIComponent('x.xlsx')}`);
    expect((await fetch(`${base}${renamed}`)).status).toBe(404);
  });

  it('answers a malformed URL with 400 and an envelope, not 500 with a stack', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    for (const path of ['/%E0%A4%A', '/assets/%zz.js', '/index%2.html']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status, path).toBe(400);
      const body = await response.text();
      expect(JSON.parse(body)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '网址格式不正确' } });
      expect(body).not.toContain('    at ');
    }
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it('logs a request the client aborted as one quiet line, no stack', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const token = await login('contact-district-haidian');
    const { port } = server.address() as AddressInfo;
    const logged = new Promise<void>((resolve) => warnings.mockImplementation(() => resolve()));
    const req = http.request({
      port,
      host: '127.0.0.1',
      method: 'PUT',
      path: '/api/files?kind=photo&name=a.jpg',
      headers: { authorization: `Bearer ${token}`, 'content-length': 1_000_000 },
    });
    req.on('error', () => undefined);
    // Gone once the headers and part of the body are out: the server is reading the body when the connection drops.
    req.write(Buffer.alloc(64 * 1024), () => req.destroy());
    await logged;
    expect(warnings).toHaveBeenCalledTimes(1);
    expect(warnings.mock.calls[0]).toEqual(['[http] PUT /api/files: the client closed the connection before the request was complete']);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    warnings.mockRestore();
  });

  it('ends a dev sign-in after 12 hours, and at sign-out', async () => {
    const token = await login('staff-1');
    expect(await whoami(token)).toBe('staff-1');
    h.runtime.clock.advance(11 * 60 * 60 * 1000);
    expect(await whoami(token)).toBe('staff-1');
    h.runtime.clock.advance(60 * 60 * 1000 + 1000);
    expect(await whoami(token)).toBe('UNAUTHENTICATED');
    const again = await login('staff-1');
    await fetch(`${base}/api/dev/logout`, { method: 'POST', headers: { authorization: `Bearer ${again}` } });
    expect(await whoami(again)).toBe('UNAUTHENTICATED');
  });
});
