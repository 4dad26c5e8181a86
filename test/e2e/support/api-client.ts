import fs from 'node:fs';

/** Drives the local HTTP contract directly, to set up a scene faster than through the UI. */
export function apiClient(baseUrl: string) {
  async function login(as: string): Promise<string> {
    const response = await fetch(`${baseUrl}/api/dev/login`, {
      method: 'POST',
      body: JSON.stringify({ as }),
      headers: { 'content-type': 'application/json' },
    });
    return ((await response.json()) as { token: string }).token;
  }
  async function call<T>(token: string, fn: string, event: Record<string, unknown>): Promise<T> {
    const response = await fetch(`${baseUrl}/api/fn/${fn}`, {
      method: 'POST',
      body: JSON.stringify(event),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    const reply = (await response.json()) as { ok: boolean; data: T; error?: { code: string; message: string } };
    if (!reply.ok) throw new Error(`${fn}.${String(event.action)}: ${reply.error?.code} ${reply.error?.message}`);
    return reply.data;
  }
  async function upload(token: string, kind: 'photo' | 'video', file: string): Promise<string> {
    const response = await fetch(`${baseUrl}/api/files?kind=${kind}&name=x`, {
      method: 'PUT',
      body: new Uint8Array(fs.readFileSync(file)),
      headers: { authorization: `Bearer ${token}` },
    });
    return ((await response.json()) as { fileId: string }).fileId;
  }
  return { login, call, upload };
}
