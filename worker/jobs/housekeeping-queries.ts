import { quotaDay } from "../notifications/confirmation-quota.js";

const day = 24 * 60 * 60 * 1000;

/** Ended sessions and used invitations are kept a month (for questions), then deleted. */
const keepEndedMs = 30 * day;
/** Sent and skipped messages hold only ids; kept three months for organisers' questions. */
const keepDeliveredMs = 90 * day;
/** A website refused sign-ups but not seen for three months has stopped trying: off the list. */
const keepRefusedOriginMs = 90 * day;

/**
 * Statements that delete rows nobody needs any more: ended sessions, finished invitations,
 * sign-in throttles whose window and lock are over, delivered messages, past days' confirmation
 * counts and refused websites not seen for three months. One batch.
 */
export function housekeepingStatements(db: D1Database, now: number): D1PreparedStatement[] {
  return [
    db
      .prepare(`DELETE FROM sessions WHERE expires_at < ?1 - ?2 OR revoked_at < ?1 - ?2`)
      .bind(now, keepEndedMs),
    db
      .prepare(
        `DELETE FROM invitations
          WHERE expires_at < ?1 - ?2 OR accepted_at < ?1 - ?2 OR revoked_at < ?1 - ?2`,
      )
      .bind(now, keepEndedMs),
    db
      .prepare(
        `DELETE FROM login_throttles
          WHERE window_started_at < ?1 - ?2 AND (locked_until IS NULL OR locked_until < ?1)`,
      )
      .bind(now, day),
    db
      .prepare(`DELETE FROM outbox WHERE status IN ('sent', 'skipped') AND created_at < ?1 - ?2`)
      .bind(now, keepDeliveredMs),
    // A day's confirmation counts matter only that day; the address hashes go with them.
    db.prepare(`DELETE FROM confirmation_counts WHERE day < ?1`).bind(quotaDay(now)),
    db
      .prepare(`DELETE FROM refused_origins WHERE last_seen_at < ?1 - ?2`)
      .bind(now, keepRefusedOriginMs),
  ];
}
