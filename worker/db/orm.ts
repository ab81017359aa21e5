import { drizzle } from "drizzle-orm/d1";

/**
 * drizzle's query builder over this request's D1 (the tables in `schema/tables/` are its source):
 * plain reads and writes follow column renames and get their row types from the tables. SQL stays
 * hand-written where the statement itself is the rule (conditional inserts, CHECK rollbacks, the
 * promotion walk), each with a comment saying why.
 */
export const orm = (db: D1Database) => drizzle(db);

/**
 * A built query as a D1 statement, so it can join a `db.batch([...])` with hand-written ones:
 * the batch stays one atomic unit whichever way each statement was written.
 */
export function statementOf(
  db: D1Database,
  query: { toSQL(): { sql: string; params: unknown[] } },
): D1PreparedStatement {
  const { sql, params } = query.toSQL();
  return db.prepare(sql).bind(...params);
}
