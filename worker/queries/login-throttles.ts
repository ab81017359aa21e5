import { firstRow } from "./first-row.js";

/** The latest `locked_until` still in the future among `keys`, or null when none is locked. */
export async function findLockedUntil(
  db: D1Database,
  keys: readonly string[],
  now: number,
): Promise<number | null> {
  const placeholders = keys.map((_, index) => `?${index + 2}`).join(", ");
  const row = await firstRow<{ lockedUntil: number | null }>(
    db
      .prepare(
        `SELECT MAX(locked_until) AS lockedUntil FROM login_throttles
          WHERE key IN (${placeholders}) AND locked_until > ?1`,
      )
      .bind(now, ...keys),
  );
  return row?.lockedUntil ?? null;
}

/**
 * Counts one failure for `key` in one statement: a window older than `windowMs` starts over, and
 * reaching `limit` failures locks the key until `now + lockMs`. SQLite evaluates every SET
 * expression against the row as it was, so concurrent failures never lose a count.
 */
export function recordFailure(
  db: D1Database,
  failure: { key: string; now: number; limit: number; windowMs: number; lockMs: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO login_throttles (key, failures, window_started_at, locked_until)
       VALUES (?1, 1, ?2, CASE WHEN ?3 <= 1 THEN ?2 + ?5 END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN window_started_at <= ?2 - ?4 THEN 1 ELSE failures + 1 END,
         window_started_at = CASE WHEN window_started_at <= ?2 - ?4 THEN ?2 ELSE window_started_at END,
         locked_until = CASE
           WHEN (CASE WHEN window_started_at <= ?2 - ?4 THEN 1 ELSE failures + 1 END) >= ?3
             THEN ?2 + ?5
           ELSE locked_until END`,
    )
    .bind(failure.key, failure.now, failure.limit, failure.windowMs, failure.lockMs);
}

export function clearThrottle(db: D1Database, key: string): D1PreparedStatement {
  return db.prepare(`DELETE FROM login_throttles WHERE key = ?1`).bind(key);
}
