import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Burst, type Contact, contactLoop, staffLoop } from './crash/burst';
import { newLedger, resync } from './crash/ledger';
import { checkAcknowledged, checkDatabase } from './crash/verify';
import { MEDIA_DIR } from './exports/seed';
import { httpClient } from './support/http-client';
import { type RuntimeProcess, startRuntimeProcess } from './support/runtime-process';

const KILLS = 4;
const CONTACTS = 8;
const MIN_ACKS = 25;
// Real files that pass the media check: a 1920×1080 JPEG and a 1 s 720p H.264 MP4.
const media = {
  photo: new Uint8Array(fs.readFileSync(path.join(MEDIA_DIR, 'lovell_sharp__flowers.jpeg'))),
  video: new Uint8Array(fs.readFileSync(path.join(MEDIA_DIR, 'androidx_media__sample_12_5fps_720p_1s.mp4'))),
};

/** A small seeded generator, so a failing run can be replayed with its printed seed. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const until = async (done: () => boolean, what: string) => {
  const giveUp = Date.now() + 20_000;
  while (!done()) {
    if (Date.now() > giveUp) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

describe('crash safety of the local runtime', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinguo-crash-'));
  let runtime: RuntimeProcess | null = null;
  afterAll(async () => {
    await runtime?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write and nothing half-written through SIGKILLs mid-burst', { timeout: 60_000 }, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const random = mulberry32(seed);
    runtime = await startRuntimeProcess(dataDir);
    let client = httpClient(runtime.url);
    const users = (await (await fetch(`${runtime.url}/api/dev/users`)).json()) as { id: string; role: string; unitId?: string }[];
    const contacts: Contact[] = [];
    for (const u of users.filter((x) => x.role === 'contact').slice(0, CONTACTS + 1)) {
      contacts.push({ userId: u.id, unitId: u.unitId ?? '', token: await client.login(u.id), ledger: newLedger() });
    }
    const bystander = contacts.pop() as Contact;
    const staffToken = await client.login('staff-1');
    const killed: { acks: number; inFlight: number; afterMs: number; orphanFiles?: number }[] = [];

    for (let round = 1; round <= KILLS; round++) {
      let running = true;
      const burst: Burst = { client, round, running: () => running, random, media };
      const acksBefore = contacts.reduce((sum, c) => sum + c.ledger.acks, 0);
      const acks = () => contacts.reduce((sum, c) => sum + c.ledger.acks, 0) - acksBefore;
      const ledgers = new Map(contacts.map((c) => [c.unitId, c.ledger]));
      const loops = [...contacts.map((c) => contactLoop(burst, c)), staffLoop(burst, staffToken, ledgers)];
      // Mid-burst: once writes are being acknowledged, at a random moment of the next second.
      await until(() => acks() >= MIN_ACKS, `${MIN_ACKS} acknowledged writes in round ${round}`);
      const afterMs = Math.floor(random() * 1000);
      await new Promise((resolve) => setTimeout(resolve, afterMs));
      expect(await runtime.kill('SIGKILL')).toBe('SIGKILL');
      running = false;
      killed.push({ acks: acks(), inFlight: contacts.reduce((sum, c) => sum + c.ledger.pending.size, 0), afterMs });
      await Promise.all(loops);

      runtime = await startRuntimeProcess(dataDir);
      client = httpClient(runtime.url);
      const db = checkDatabase(dataDir);
      expect(db.problems, `seed ${seed}, round ${round}`).toEqual([]);
      killed[round - 1].orphanFiles = db.orphans;
      const acknowledged = await checkAcknowledged(client, contacts, db.uploads);
      expect(acknowledged.problems, `seed ${seed}, round ${round}`).toEqual([]);
      for (const c of contacts) resync(c.ledger, acknowledged.views.get(c.unitId) ?? null);
    }

    console.log(`crash safety, seed ${seed}: ${JSON.stringify(killed)}`);
    // The kills really came mid-burst: writes were acknowledged in every round and some were cut off.
    expect(killed.every((k) => k.acks >= MIN_ACKS)).toBe(true);
    expect(killed.some((k) => k.inFlight > 0)).toBe(true);
    // The restarted runtime keeps serving, and a normal write works.
    expect(await client.healthy()).toBe(true);
    const saved = await client.call<{ version: number }>(bystander.token, 'nomination', { action: 'saveDraft', form: { name: '王芳' } });
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
  });
});
