import type { NominationFilter, NominationRecord, Repositories } from './repositories';

/** Every matching nomination, read page by page (the cloud database returns at most 100 a query). */
export async function* everyNomination(repos: Repositories, filter: NominationFilter): AsyncGenerator<NominationRecord> {
  let after: string | undefined;
  for (;;) {
    const page = await repos.nominations.list(filter, { after, limit: 100 });
    yield* page;
    if (page.length < 100) return;
    const last = page[page.length - 1];
    after = nominationCursor(last);
  }
}

/** The keyset cursor after a record: lists are newest first, by (updatedAt, id). */
export const nominationCursor = (record: NominationRecord) => `${record.updatedAt}|${record.id}`;
