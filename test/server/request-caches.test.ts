import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../domain/campaign/campaign';
import { type Harness, dataOf, openHarness } from './support/harness';
import { CONTACT } from './support/nominations';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ now: '2023-10-10T02:00:00Z', frozenClock: true, sessionTtlMs: 60 * 60 * 1000 });
});
afterAll(() => h.close());

const current = async () => dataOf(await h.call<Campaign>(CONTACT, 'campaign', { action: 'current' }));

describe('the campaign is read once and dropped when it changes', () => {
  it('serves the campaign from memory, frozen so no request can change it for the others', async () => {
    const ports = h.runtime.portsFor(null);
    const first = await ports.db.read.campaigns.get(h.runtime.campaign.id);
    expect(await ports.db.read.campaigns.get(h.runtime.campaign.id)).toBe(first);
    expect(Object.isFrozen(first?.media.upload)).toBe(true);
  });

  it('shows a campaign changed through a transaction at the next call after its commit, and not one rolled back', async () => {
    const ports = h.runtime.portsFor(null);
    const before = await current();
    const campaign = (await ports.db.read.campaigns.get(before.id)) as Campaign;
    await ports.db.transaction((tx) => tx.campaigns.put({ ...campaign, title: '改过的活动' }));
    expect((await current()).title).toBe('改过的活动');
    await expect(
      ports.db.transaction(async (tx) => {
        await tx.campaigns.put({ ...campaign, title: '回滚的活动' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect((await current()).title).toBe('改过的活动');
  });
});

describe('sessions are looked up once', () => {
  const whoami = async (token: string) => {
    const principal = await h.runtime.sessions.identityFor(token).principal();
    return principal.userId;
  };

  it('knows a session again without the database, and forgets it at sign-out and at expiry', async () => {
    const token = h.runtime.sessions.create(CONTACT, h.runtime.clock.now());
    expect(await whoami(token)).toBe(CONTACT);
    // Gone from the table behind the cache's back: still known (this runtime is the only writer of sessions) …
    h.runtime.connections.writer.prepare('DELETE FROM sessions').run();
    expect(await whoami(token)).toBe(CONTACT);
    // … until its own sign-out.
    h.runtime.sessions.end(token);
    expect(await whoami(token)).toBeNull();

    const aged = h.runtime.sessions.create(CONTACT, h.runtime.clock.now());
    expect(await whoami(aged)).toBe(CONTACT);
    h.advance(60 * 60 * 1000 + 1);
    expect(await whoami(aged)).toBeNull();
    expect(await whoami('forged')).toBeNull();
  });
});
