/** An index as the cloud console's 索引管理 asks for it: fields in order, each ascending or descending. */
export interface CloudIndex {
  fields: readonly (readonly [field: string, order: 'asc' | 'desc'])[];
  unique?: boolean;
}

/**
 * Every collection the cloud repositories use (cloud-repositories.ts), with the indexes their
 * queries want. The one-nomination-per-unit key needs none: it is the document id
 * `${campaignId}:${unitId}`, unique by construction. wx-server-sdk can create collections but not
 * indexes, so setup reports these for the console (docs/configuration.md).
 */
export const CLOUD_COLLECTIONS: Readonly<Record<string, readonly CloudIndex[]>> = {
  campaigns: [],
  units: [],
  unit_deadlines: [],
  users: [{ fields: [['externalId', 'asc']], unique: true }, { fields: [['role', 'asc']] }],
  invites: [{ fields: [['createdAt', 'desc']] }],
  nominations: [
    {
      fields: [
        ['campaignId', 'asc'],
        ['unitId', 'asc'],
      ],
      unique: true,
    },
    {
      fields: [
        ['campaignId', 'asc'],
        ['updatedAt', 'desc'],
        ['id', 'desc'],
      ],
    },
    {
      fields: [
        ['campaignId', 'asc'],
        ['status', 'asc'],
      ],
    },
    // The duplicate-candidate check: the keyed hash of the 身份证号, never the number itself.
    {
      fields: [
        ['campaignId', 'asc'],
        ['idHash', 'asc'],
      ],
    },
  ],
  scores: [
    {
      fields: [
        ['nominationId', 'asc'],
        ['expertId', 'asc'],
      ],
    },
    {
      fields: [
        ['expertId', 'asc'],
        ['nominationId', 'asc'],
      ],
    },
  ],
  review_assignments: [],
  media: [
    {
      fields: [
        ['nominationId', 'asc'],
        ['position', 'asc'],
      ],
    },
  ],
  uploads: [],
  audit_log: [
    {
      fields: [
        ['nominationId', 'asc'],
        ['at', 'asc'],
      ],
    },
    // The activity log: newest first, by person.
    {
      fields: [
        ['actorId', 'asc'],
        ['at', 'desc'],
      ],
    },
    { fields: [['at', 'desc']] },
  ],
  inbox: [
    {
      fields: [
        ['userId', 'asc'],
        ['createdAt', 'desc'],
      ],
    },
    {
      fields: [
        ['userId', 'asc'],
        ['readAt', 'asc'],
      ],
    },
  ],
  outbox: [
    {
      fields: [
        ['closedAt', 'asc'],
        ['nextAttemptAt', 'asc'],
      ],
    },
  ],
  subscribe_credits: [{ fields: [['userId', 'asc']] }],
  export_jobs: [],
  stored_files: [
    {
      fields: [
        ['kind', 'asc'],
        ['owner', 'asc'],
      ],
    },
    {
      fields: [
        ['campaignId', 'asc'],
        ['kind', 'asc'],
      ],
    },
    { fields: [['reviewAt', 'asc']] },
  ],
  rate_limits: [],
};

/** One line per index, e.g. `nominations: campaignId ↑, unitId ↑ (unique)`. */
export function describeIndexes(): string[] {
  return Object.entries(CLOUD_COLLECTIONS).flatMap(([name, indexes]) =>
    indexes.map(
      (index) =>
        `${name}: ${index.fields.map(([field, order]) => `${field} ${order === 'asc' ? '↑' : '↓'}`).join(', ')}${index.unique ? ' (unique)' : ''}`,
    ),
  );
}
