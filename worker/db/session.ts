/**
 * D1's Sessions API (read replication): a session's queries see at least what its constraint or
 * bookmark says. The worker's queries take a `D1Database` and only ever `prepare` and `batch`,
 * which a session has too; this gives them one.
 */
export function sessionDatabase(session: D1DatabaseSession): D1Database {
  const unsupported = (what: string) => () => {
    throw new Error(`${what} is not available on a D1 session`);
  };
  return {
    prepare: (query: string) => session.prepare(query),
    batch: <T>(statements: D1PreparedStatement[]) => session.batch<T>(statements),
    exec: unsupported("exec"),
    dump: unsupported("dump"),
    withSession: unsupported("withSession"),
  } as D1Database;
}

/** A bookmark as D1 writes it (e.g. `00000000-00000012-00000000-0000…0000`). */
export const bookmarkPattern = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/;
