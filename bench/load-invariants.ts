import type Database from 'better-sqlite3';
import type { NominationFormDraft } from '../domain/form/nomination-form';
import { demoForm } from '../scripts/seed/demo-form';
import type { HttpClient } from '../test/server/support/http-client';
import type { TimedClient } from './load-client';
import { attachAll, type FlowOutcome, type LoadMedia } from './load-flow';

type Saved = { id: string; version: number };

/** One unit's complete draft with its media, then `count` submits of the same version at once. */
export async function concurrentSubmits(c: TimedClient, unit: { unitId: string; contactId: string }, media: LoadMedia, count: number) {
  const token = await c.login(unit.contactId);
  const saved = await c.call<Saved>(token, 'nomination', { action: 'saveDraft', form: demoForm(9999) });
  if (!saved.ok) throw new Error(`saveDraft: ${saved.error.code}`);
  const failed = await attachAll(c, token, media);
  if (failed) throw new Error(`media: ${failed}`);
  const { version, id } = saved.data;
  const replies = await Promise.all(
    Array.from({ length: count }, () =>
      c.call<Saved>(token, 'nomination', { action: 'submit', version, consent: true }, 'nomination.submit (race)').catch(() => null),
    ),
  );
  const okVersions = new Set(replies.flatMap((r) => (r?.ok ? [r.data.version] : [])));
  const other: Record<string, number> = {};
  for (const r of replies) {
    const code = !r ? 'NETWORK' : r.ok ? null : r.error.code;
    if (code && code !== 'VERSION_CONFLICT') other[code] = (other[code] ?? 0) + 1;
  }
  return {
    id,
    version,
    ok: replies.filter((r) => r?.ok).length,
    okVersions,
    conflicts: replies.filter((r) => r && !r.ok && r.error.code === 'VERSION_CONFLICT').length,
    other,
    submitAudits: 0,
    staffNotices: 0,
  };
}

export type Race = Awaited<ReturnType<typeof concurrentSubmits>>;

const sameForm = (stored: Record<string, unknown>, form: NominationFormDraft) => Object.entries(form).every(([k, v]) => stored[k] === v);

/**
 * One nomination per unit (from the database), and no lost update: every acknowledged saveDraft is
 * either superseded by a later acknowledged version of its unit or is what the unit's nomination holds.
 */
export async function checkInvariants(db: Database.Database, client: HttpClient, outcomes: FlowOutcome[], race: Race) {
  const counts = db.prepare("SELECT unit_id, COUNT(*) AS n FROM nominations WHERE unit_id LIKE 'load-%' GROUP BY unit_id").all() as {
    unit_id: string;
    n: number;
  }[];
  const perUnit = new Map(counts.map((r) => [r.unit_id, r.n]));
  const units = [...outcomes.map((o) => o.unitId), race.id.split(':')[1]];
  const perUnitOk = units.every((u) => perUnit.get(u) === 1) && counts.length === units.length;
  race.submitAudits = (
    db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE nomination_id = ? AND action = 'submit'").get(race.id) as { n: number }
  ).n;
  race.staffNotices = (
    db.prepare("SELECT COUNT(*) AS n FROM inbox WHERE user_id = 'staff-1' AND event_key LIKE ?").get(`submitted:${race.id}:%`) as {
      n: number;
    }
  ).n;
  let lost = 0;
  for (const o of outcomes) {
    const got = await client.call<{ version: number; form: Record<string, unknown> } | null>(
      await client.login(o.contactId),
      'nomination',
      {
        action: 'get',
      },
    );
    const stored = got.ok ? got.data : null;
    if (!stored || stored.version < o.lastVersion) {
      lost += o.drafts.length;
      continue;
    }
    // Each draft is superseded by the next acknowledged one; the last is what a submit (which changes no content) leaves.
    o.drafts.forEach((d, k) => {
      const next = o.drafts[k + 1];
      if (next ? next.version <= d.version : !sameForm(stored.form, d.form)) lost++;
    });
  }
  return { perUnit: `${Math.min(...perUnit.values())}–${Math.max(...perUnit.values())} over ${counts.length} units`, perUnitOk, lost };
}
