import type Database from 'better-sqlite3';

/** What a repository needs of a connection: statements to run. */
export type Statements = Pick<Database.Database, 'prepare'>;

const MAX_STATEMENTS = 500;

/**
 * The repositories call `prepare` at every query, and better-sqlite3 compiles the SQL each time
 * (9% of the runtime's CPU under `npm run bench:load`); the repositories of one connection share its
 * compiled statements instead. Only they do: none of them changes a statement's mode (`pluck`,
 * `raw`, …), and whoever else holds the connection (tests, scripts) still gets fresh statements from
 * its own `prepare`. The bound only guards against SQL built with varying text.
 */
export function statementCache(db: Database.Database): Statements {
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return { prepare: prepare as Statements['prepare'] };
}
