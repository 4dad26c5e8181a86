import { randomUUID } from 'node:crypto';
import type { Campaign } from '../../../domain/campaign/campaign';
import type { AssignmentPlan } from '../../../domain/review/assignments';
import type {
  AuditEntry,
  ExportJobRecord,
  InboxItem,
  InviteRecord,
  MediaRecord,
  Repositories,
  ScoreRecord,
  StoredFileRecord,
  UnitRecord,
  UploadRecord,
  UserRecord,
} from '../../core/repositories';
import type { PersonalDataCipher } from '../../core/personal-data/cipher';
import { all, CLOUD_PAGE, type DocAccess, docId, isMissingCollection } from './cloud-docs';
import { cloudNominations } from './cloud-nominations';
import { cloudCredits, cloudOutbox } from './cloud-outbox-repositories';
import type { WxDatabase } from './wx-sdk-surface';

/**
 * Repositories over the WeChat cloud database. `docs` is the transaction when inside one: every
 * write goes through it by document id; queries (which a transaction cannot run) read committed data.
 */
export function cloudRepositories(db: WxDatabase, docs: DocAccess, cipher: PersonalDataCipher): Repositories {
  const _ = db.command;
  return {
    campaigns: {
      get: (id) => docs.get<Campaign>('campaigns', id),
      put: (campaign) => docs.set('campaigns', campaign.id, campaign),
    },
    units: {
      list: () => all<UnitRecord>(db, 'units', {}, ['_id', 'asc']),
      get: (id) => docs.get<UnitRecord>('units', id),
      put: (unit) => docs.set('units', unit.id, unit),
      async setDeadline(campaignId, unitId, deadline) {
        if (deadline === null) await docs.remove('unit_deadlines', docId(campaignId, unitId));
        else await docs.set('unit_deadlines', docId(campaignId, unitId), { campaignId, unitId, deadline });
      },
      async deadlineFor(campaignId, unitId) {
        const row = await docs.get<{ deadline: string }>('unit_deadlines', docId(campaignId, unitId));
        return row?.deadline ?? null;
      },
    },
    users: {
      get: (id) => docs.get<UserRecord>('users', id),
      list: () => all<UserRecord>(db, 'users', {}, ['_id', 'asc']),
      byRole: (role) => all<UserRecord>(db, 'users', { role }, ['_id', 'asc']),
      put: (user) => docs.set('users', user.id, user),
      async findByExternalId(externalId) {
        try {
          const { data } = await db.collection<UserRecord>('users').where({ externalId }).limit(1).get();
          return data[0] ?? null;
        } catch (error) {
          // Before setup there is no users collection, and so no user: the caller is signed out.
          if (isMissingCollection(error)) return null;
          throw error;
        }
      },
    },
    invites: {
      get: (code) => docs.get<InviteRecord>('invites', code),
      put: (invite) => docs.set('invites', invite.code, invite),
      list: () => all<InviteRecord>(db, 'invites', {}, ['createdAt', 'desc']),
    },
    nominations: cloudNominations(db, docs, cipher),
    scores: {
      forNomination: (nominationId) => all<ScoreRecord>(db, 'scores', { nominationId }, ['expertId', 'asc']),
      get: (nominationId, expertId) => docs.get<ScoreRecord>('scores', docId(nominationId, expertId)),
      // Paged by `all` (100 a query): an expert's scores can outnumber one page.
      forExpert: (expertId) => all<ScoreRecord>(db, 'scores', { expertId }, ['nominationId', 'asc']),
      async forNominations(nominationIds) {
        const out: ScoreRecord[] = [];
        // 100 nominations a query (each answered in pages of 100, by the unique document id so no page repeats one).
        for (let i = 0; i < nominationIds.length; i += CLOUD_PAGE)
          out.push(
            ...(await all<ScoreRecord>(db, 'scores', { nominationId: _.in(nominationIds.slice(i, i + CLOUD_PAGE)) }, ['_id', 'asc'])),
          );
        return out;
      },
      put: (s) => docs.set('scores', docId(s.nominationId, s.expertId), s),
    },
    assignments: {
      // A deployment set up before assignments existed has no such collection until setup runs again: no plan, everyone scores.
      get: (campaignId) =>
        docs.get<AssignmentPlan>('review_assignments', campaignId).catch((error: unknown) => {
          if (isMissingCollection(error)) return null;
          throw error;
        }),
      put: (plan) => docs.set('review_assignments', plan.campaignId, plan),
    },
    media: {
      forNomination: (nominationId) => all<MediaRecord>(db, 'media', { nominationId }, ['position', 'asc']),
      async findByTraceId(traceId) {
        const { data } = await db.collection<MediaRecord>('media').where({ 'verdict.contentCheck.traceId': traceId }).limit(1).get();
        return data[0] ?? null;
      },
      get: (id) => docs.get<MediaRecord>('media', id),
      put: (m) => docs.set('media', m.id, m),
      remove: (id) => docs.remove('media', id),
    },
    uploads: {
      get: (fileId) => docs.get<UploadRecord>('uploads', docId(fileId)),
      put: (u) => docs.set('uploads', docId(u.fileId), u),
    },
    audit: {
      append: (entry) => docs.set('audit_log', randomUUID(), entry),
      forNomination: (nominationId) => all<AuditEntry>(db, 'audit_log', { nominationId }, ['at', 'asc']),
      async search(filter, { cursor, limit }) {
        const where: Record<string, unknown> = {};
        if (filter.actorId) where.actorId = filter.actorId;
        if (filter.actions) where.action = _.in([...filter.actions]);
        if (filter.nominationIds) where.nominationId = _.in([...filter.nominationIds]);
        // The cursor is how many rows the earlier pages held: the documents' ids are random, so no keyset orders them.
        const skip = Number(cursor) || 0;
        const { data } = await db
          .collection<AuditEntry & { _id: string }>('audit_log')
          .where(where)
          .orderBy('at', 'desc')
          .skip(skip)
          .limit(Math.min(limit + 1, CLOUD_PAGE))
          .get();
        const page = data.slice(0, limit);
        return {
          rows: page.map(({ _id, ...entry }) => ({ ...entry, id: _id })),
          nextCursor: data.length > limit ? String(skip + page.length) : null,
        };
      },
    },
    inbox: {
      async add(item) {
        const id = docId(item.userId, item.eventKey);
        if (!(await docs.get('inbox', id))) await docs.set('inbox', id, { ...item, id });
      },
      async list(userId, limit) {
        const { data } = await db
          .collection<InboxItem>('inbox')
          .where({ userId })
          .orderBy('createdAt', 'desc')
          .limit(Math.min(limit, CLOUD_PAGE))
          .get();
        return data;
      },
      async unreadCount(userId) {
        return (await db.collection('inbox').where({ userId, readAt: null }).count()).total;
      },
      async markRead(userId, ids, at) {
        const where = ids === 'all' ? { userId, readAt: null } : { userId, readAt: null, id: _.in(ids) };
        return (
          await db
            .collection<InboxItem>('inbox')
            .where(where)
            .update({ data: { readAt: at } })
        ).stats.updated;
      },
    },
    outbox: cloudOutbox(db, docs),
    credits: cloudCredits(db, docs),
    storedFiles: {
      put: (f) => docs.set('stored_files', docId(f.fileId), f),
      remove: (fileId) => docs.remove('stored_files', docId(fileId)),
      byOwner: (kind, owner) => all<StoredFileRecord>(db, 'stored_files', { kind, owner }, ['createdAt', 'asc']),
      forCampaign: (campaignId, kind) => all<StoredFileRecord>(db, 'stored_files', { campaignId, kind }, ['createdAt', 'asc']),
      async due(now, limit) {
        const { data } = await db
          .collection<StoredFileRecord>('stored_files')
          .where({ reviewAt: _.lte(now) })
          .orderBy('reviewAt', 'asc')
          .limit(Math.min(limit, CLOUD_PAGE))
          .get();
        return data;
      },
    },
    exportJobs: {
      get: (id) => docs.get<ExportJobRecord>('export_jobs', id),
      insert: (job) => docs.set('export_jobs', job.id, job),
      async update(job, expectedVersion) {
        // Called inside a transaction, so the version read and the write are one step.
        const current = await docs.get<ExportJobRecord>('export_jobs', job.id);
        if (!current || current.version !== expectedVersion) return false;
        await docs.set('export_jobs', job.id, job);
        return true;
      },
    },
  };
}
