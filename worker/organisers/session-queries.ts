import { firstRow } from "../db/first-row.js";

export interface SessionUser {
  sessionId: string;
  userId: string;
  email: string;
  displayName: string;
  locale: string;
  lastSeenAt: number;
  expiresAt: number;
}

/**
 * The condition that session `s` is live: its token hash is `token`, not revoked, not past its
 * absolute or idle expiry at `now` (each a placeholder or SQL expression).
 */
export const liveSessionCondition = (token: string, now: string, idleMs: string) =>
  `s.token_hash = ${token} AND s.revoked_at IS NULL
   AND s.expires_at > ${now} AND s.last_seen_at > ${now} - ${idleMs}`;

/** A `SessionUser`'s columns, of session `s` and its user `u`. */
export const liveSessionColumns = `s.id AS sessionId, u.id AS userId, u.email,
  u.display_name AS displayName, u.locale, s.last_seen_at AS lastSeenAt, s.expires_at AS expiresAt`;

/** The live (not revoked, expired or idle) session with this token, as a statement. */
export function liveSession(
  db: D1Database,
  tokenHash: string,
  now: number,
  idleMs: number,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT ${liveSessionColumns}
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE ${liveSessionCondition("?1", "?2", "?3")}`,
    )
    .bind(tokenHash, now, idleMs);
}

export function findLiveSession(
  db: D1Database,
  tokenHash: string,
  now: number,
  idleMs: number,
): Promise<SessionUser | null> {
  return firstRow<SessionUser>(liveSession(db, tokenHash, now, idleMs));
}

export async function touchSession(db: D1Database, sessionId: string, now: number): Promise<void> {
  await db
    .prepare(`UPDATE sessions SET last_seen_at = ?2 WHERE id = ?1`)
    .bind(sessionId, now)
    .run();
}

export function insertSession(
  db: D1Database,
  session: { id: string; tokenHash: string; userId: string; now: number; expiresAt: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?4, ?5)`,
    )
    .bind(session.id, session.tokenHash, session.userId, session.now, session.expiresAt);
}

export function revokeSession(db: D1Database, sessionId: string, now: number): D1PreparedStatement {
  return db
    .prepare(`UPDATE sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL`)
    .bind(sessionId, now);
}

export function revokeSessionsOfUser(
  db: D1Database,
  userId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(`UPDATE sessions SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL`)
    .bind(userId, now);
}

/** Ends the session a browser held before signing in again, so only the new token works. */
export function revokeSessionByTokenHash(
  db: D1Database,
  tokenHash: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(`UPDATE sessions SET revoked_at = ?2 WHERE token_hash = ?1 AND revoked_at IS NULL`)
    .bind(tokenHash, now);
}
