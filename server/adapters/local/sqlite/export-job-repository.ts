import type { Statements } from './statement-cache';
import type { ExportJobRecord, Repositories } from '../../../core/repositories';

const toRow = (job: ExportJobRecord) => ({
  id: job.id,
  campaign_id: job.campaignId,
  created_by: job.createdBy,
  created_at: job.createdAt,
  updated_at: job.updatedAt,
  version: job.version,
  phase: job.phase,
  data: JSON.stringify(job),
});

export function exportJobRepository(db: Statements): Repositories['exportJobs'] {
  return {
    async get(id) {
      const row = db.prepare('SELECT data FROM export_jobs WHERE id = ?').get(id) as { data: string } | undefined;
      return row ? (JSON.parse(row.data) as ExportJobRecord) : null;
    },
    async insert(job) {
      db.prepare(
        `INSERT INTO export_jobs (id, campaign_id, created_by, created_at, updated_at, version, phase, data)
         VALUES (@id, @campaign_id, @created_by, @created_at, @updated_at, @version, @phase, @data)`,
      ).run(toRow(job));
    },
    async update(job, expectedVersion) {
      const result = db
        .prepare(
          `UPDATE export_jobs SET updated_at = @updated_at, version = @version, phase = @phase, data = @data
           WHERE id = @id AND version = @expected`,
        )
        .run({ ...toRow(job), expected: expectedVersion });
      return result.changes === 1;
    },
  };
}
