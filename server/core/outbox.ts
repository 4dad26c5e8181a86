import { creditsAfter } from '../../domain/notify/subscribe-keys';
import type { Ports, SendOutcome } from './ports';
import type { OutboxItem, Repositories } from './repositories';

const MAX_BACKOFF_MS = 60 * 60 * 1000;
/** How long a drain holds an item it is sending; longer than a function's timeout, so only a crash outlives it. */
export const LEASE_MS = 2 * 60 * 1000;
/** After this many failed attempts (about six hours of backoff) the message is given up; the inbox has it. */
export const MAX_ATTEMPTS = 12;

/** Exponential backoff: 30 s, 1 min, 2 min … up to an hour between attempts. */
export const backoffMs = (attempts: number) => Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** attempts);

export interface DrainReport {
  sent: number;
  /** Failed this time, to be retried later. */
  failed: number;
  /** Closed without sending: no template, no credit, refused (43101), no WeChat identity. */
  skipped: number;
  /** Closed after a failure that retrying cannot fix, or too many attempts. */
  gaveUp: number;
}

type Claim = { kind: 'claimed'; item: OutboxItem } | { kind: 'skipped' } | { kind: 'taken' };

/**
 * Sends what is due, at least once. Each item is first claimed in a transaction that also takes
 * one subscribe credit (reserve, then send): the claim is a lease, so two drains never send one
 * item at the same time, and the credit stays held on the item until the send is settled. A crash
 * between WeChat's answer and the settle lets the lease run out and sends again (at least once);
 * WeChat may then count one credit more than we did, and its 43101 corrects our count.
 */
export async function drainOutbox(ports: Ports, limit = 50): Promise<DrainReport> {
  const report: DrainReport = { sent: 0, failed: 0, skipped: 0, gaveUp: 0 };
  const due = await ports.db.read.outbox.due(ports.clock.now().toISOString(), limit);
  for (const candidate of due) {
    const claim = await claimItem(ports, candidate.id);
    if (claim.kind === 'skipped') report.skipped++;
    if (claim.kind !== 'claimed') continue;
    const item = claim.item;
    const user = await ports.db.read.users.get(item.userId);
    let outcome: SendOutcome;
    try {
      outcome = await ports.notify.send({
        userId: item.userId,
        externalId: user?.externalId ?? null,
        template: item.template,
        data: item.data,
        page: item.page ?? undefined,
      });
    } catch (error) {
      outcome = { kind: 'retry', reason: error instanceof Error ? error.message : String(error) };
    }
    report[await settle(ports, item, outcome)]++;
  }
  return report;
}

const closed = (item: OutboxItem, at: string, outcome: string): OutboxItem => ({ ...item, closedAt: at, outcome, creditHeld: false });

async function claimItem(ports: Ports, id: string): Promise<Claim> {
  const now = ports.clock.now();
  const at = now.toISOString();
  return ports.db.transaction(async (tx) => {
    const item = await tx.outbox.get(id);
    // Another drain claimed it since our query, or it is done.
    if (!item || item.closedAt || item.nextAttemptAt > at) return { kind: 'taken' };
    const skip = async (outcome: string): Promise<Claim> => {
      await tx.outbox.put(closed(item, at, outcome));
      return { kind: 'skipped' };
    };
    if (!ports.notify.templateIds()[item.template]) return skip('skipped: no template');
    if (!item.creditHeld) {
      const credits = await tx.credits.get(item.userId, item.template);
      if (credits <= 0) return skip('skipped: no credit');
      await tx.credits.set(item.userId, item.template, credits - 1, at);
    }
    const leased = { ...item, creditHeld: true, nextAttemptAt: new Date(now.getTime() + LEASE_MS).toISOString() };
    await tx.outbox.put(leased);
    return { kind: 'claimed', item: leased };
  });
}

/** The held credit goes back: WeChat did not take it. */
async function refund(tx: Repositories, item: OutboxItem, at: string) {
  await tx.credits.set(item.userId, item.template, creditsAfter(await tx.credits.get(item.userId, item.template), 'accept'), at);
}

interface Closing {
  outcome: string;
  report: 'sent' | 'skipped' | 'gaveUp';
  refund: boolean;
}

/** How a settled send closes the item, or null when it stays open for a retry. */
function closing(outcome: SendOutcome, attempts: number): Closing | null {
  switch (outcome.kind) {
    case 'sent':
      return { outcome: 'sent', report: 'sent', refund: false };
    case 'refused':
      return { outcome: 'skipped: refused (43101)', report: 'skipped', refund: false };
    case 'unreachable':
      return { outcome: `skipped: ${outcome.reason}`, report: 'skipped', refund: true };
    case 'invalid':
      return { outcome: `given up: ${outcome.reason}`, report: 'gaveUp', refund: true };
    case 'retry':
      return attempts < MAX_ATTEMPTS
        ? null
        : { outcome: `given up after ${attempts} attempts: ${outcome.reason}`, report: 'gaveUp', refund: true };
  }
}

async function settle(ports: Ports, item: OutboxItem, outcome: SendOutcome): Promise<keyof DrainReport> {
  const now = ports.clock.now();
  const at = now.toISOString();
  return ports.db.transaction(async (tx) => {
    const current = await tx.outbox.get(item.id);
    // A drain that took over after our lease ran out has settled it already.
    if (!current || current.closedAt) return outcome.kind === 'sent' ? 'sent' : 'skipped';
    const attempts = current.attempts + 1;
    const reason = outcome.kind === 'sent' ? null : outcome.reason.slice(0, 500);
    const end = closing(outcome, attempts);
    if (!end) {
      const next = new Date(now.getTime() + backoffMs(current.attempts)).toISOString();
      await tx.outbox.put({ ...current, attempts, lastError: reason, nextAttemptAt: next });
      return 'failed';
    }
    // 43101: WeChat holds no credit for this person, whatever we counted.
    if (outcome.kind === 'refused') await tx.credits.set(current.userId, current.template, 0, at);
    else if (end.refund) await refund(tx, current, at);
    if (end.report === 'gaveUp') console.error(`[outbox] ${current.eventKey}: ${end.outcome}`);
    await tx.outbox.put({ ...closed(current, at, end.outcome), attempts, lastError: reason, sentAt: outcome.kind === 'sent' ? at : null });
    return end.report;
  });
}
