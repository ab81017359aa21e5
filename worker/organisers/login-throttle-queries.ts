import { isNotNullViolation } from "../booking/d1-errors.js";
import { firstRow } from "../db/first-row.js";

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

export interface ThrottlePolicy {
  limit: number;
  windowMs: number;
  lockMs: number;
}

/**
 * Counts one attempt for `key` before its password is checked, and refuses it while the key is
 * locked — in one statement, so concurrent attempts cannot all pass a check made before any of
 * them was counted. A window older than `windowMs` starts over; the attempt that reaches `limit`
 * locks the key until `now + lockMs` (a right password gives it back: `releaseAttempt`). SQLite
 * evaluates every SET expression against the row as it was, so no count is lost.
 *
 * Hand-written because the refusal must happen inside the statement: SQLite has no RAISE outside
 * triggers, so a locked key writes NULL into the NOT NULL `failures` column. That fails the
 * statement and rolls back its batch, so a refused attempt counts against no key
 * (`isLockedRefusal`).
 */
export function reserveAttempt(
  db: D1Database,
  attempt: ThrottlePolicy & { key: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO login_throttles (key, failures, window_started_at, locked_until)
       VALUES (?1, 1, ?2, CASE WHEN ?3 <= 1 THEN ?2 + ?5 END)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE
           WHEN locked_until > ?2 THEN NULL
           WHEN window_started_at <= ?2 - ?4 THEN 1
           ELSE failures + 1 END,
         window_started_at = CASE WHEN window_started_at <= ?2 - ?4 THEN ?2 ELSE window_started_at END,
         locked_until = CASE
           WHEN (CASE WHEN window_started_at <= ?2 - ?4 THEN 1 ELSE failures + 1 END) >= ?3
             THEN ?2 + ?5
           ELSE locked_until END`,
    )
    .bind(attempt.key, attempt.now, attempt.limit, attempt.windowMs, attempt.lockMs);
}

/** The failure `reserveAttempt` uses to refuse an attempt on a locked key. */
export const isLockedRefusal = (error: unknown) =>
  isNotNullViolation(error, "login_throttles.failures");

/**
 * Gives back an attempt reserved at `reservedAt` whose password was right, lifting the lock it
 * set if it was the one that reached the limit. An attempt from a window that has since started
 * over is no longer counted, so there is nothing to give back.
 */
export function releaseAttempt(
  db: D1Database,
  release: { key: string; reservedAt: number; limit: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE login_throttles
          SET failures = failures - 1,
              locked_until = CASE WHEN failures - 1 < ?3 THEN NULL ELSE locked_until END
        WHERE key = ?1 AND failures > 0 AND window_started_at <= ?2`,
    )
    .bind(release.key, release.reservedAt, release.limit);
}

export function clearThrottle(db: D1Database, key: string): D1PreparedStatement {
  return db.prepare(`DELETE FROM login_throttles WHERE key = ?1`).bind(key);
}
