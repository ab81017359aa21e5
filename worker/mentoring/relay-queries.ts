import { relayMessagesPerDay } from "../../schema/contracts/mentoring.js";
import { firstRow } from "../db/first-row.js";

/** The window the daily limit counts in. */
export const relayWindowMs = 24 * 60 * 60 * 1000;

/** A pair as seen by one of its people writing to the other, with what the limit needs. */
export interface RelayPairRow {
  pairId: string;
  seasonId: string;
  state: "proposed" | "published" | "ended";
  /** The other person of the pair. */
  recipientId: string;
  contact: "relay" | "email";
  seasonEndsOn: number;
  /** Messages the sender relayed in the last 24 hours, and when the oldest of them was. */
  sentInWindow: number;
  oldestInWindow: number | null;
}

/** The sender's pair `pairId` (null when it is not theirs), for the refusals' words. */
export function findRelayPair(
  db: D1Database,
  senderId: string,
  pairId: string,
  now: number,
): Promise<RelayPairRow | null> {
  return firstRow<RelayPairRow>(
    db
      .prepare(
        `SELECT p.id AS pairId, p.season_id AS seasonId, p.state,
                CASE WHEN p.mentor_id = ?1 THEN p.learner_id ELSE p.mentor_id END AS recipientId,
                s.contact, s.ends_on AS seasonEndsOn,
                (SELECT count(*) FROM mentoring_relay_messages
                  WHERE sender_id = ?1 AND created_at > ?3 - ?4) AS sentInWindow,
                (SELECT min(created_at) FROM mentoring_relay_messages
                  WHERE sender_id = ?1 AND created_at > ?3 - ?4) AS oldestInWindow
           FROM mentoring_pairs p JOIN mentoring_seasons s ON s.id = p.season_id
          WHERE p.id = ?2 AND (p.mentor_id = ?1 OR p.learner_id = ?1)`,
      )
      .bind(senderId, pairId, now, relayWindowMs),
  );
}

/**
 * One relayed message: its row and the outbox message carrying the words to the partner, in one
 * batch. The row is written only while every rule holds — the pair published and the season not
 * over, the season relaying, the partner reachable, the sender under the daily limit — checked
 * in the insert itself; the outbox message only when the row was written. So a message is either
 * recorded and queued, or neither.
 */
export function relayMessageStatements(
  db: D1Database,
  message: { id: string; senderId: string; pairId: string; text: string; now: number },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO mentoring_relay_messages (id, season_id, pair_id, sender_id, created_at)
         SELECT ?1, p.season_id, p.id, ?2, ?4
           FROM mentoring_pairs p
           JOIN mentoring_seasons s ON s.id = p.season_id
           JOIN mentoring_people partner
             ON partner.id = CASE WHEN p.mentor_id = ?2 THEN p.learner_id ELSE p.mentor_id END
          WHERE p.id = ?3 AND (p.mentor_id = ?2 OR p.learner_id = ?2)
            AND p.state = 'published' AND s.ends_on > ?4 AND s.contact = 'relay'
            AND partner.email IS NOT NULL AND partner.erased_at IS NULL
            AND (SELECT count(*) FROM mentoring_relay_messages
                  WHERE sender_id = ?2 AND created_at > ?4 - ?5) < ?6`,
      )
      .bind(
        message.id,
        message.senderId,
        message.pairId,
        message.now,
        relayWindowMs,
        relayMessagesPerDay,
      ),
    // The words travel in the payload only; delivery empties it once the message is sent.
    db
      .prepare(
        `INSERT INTO outbox (id, organisation_id, kind, mentoring_person_id, payload, next_attempt_at, created_at)
         SELECT 'msg_' || lower(hex(randomblob(10))), partner.organisation_id, 'mentoring_relay',
                partner.id, ?2, ?3, ?3
           FROM mentoring_relay_messages r
           JOIN mentoring_pairs p ON p.id = r.pair_id
           JOIN mentoring_people partner
             ON partner.id = CASE WHEN p.mentor_id = r.sender_id THEN p.learner_id ELSE p.mentor_id END
          WHERE r.id = ?1`,
      )
      .bind(
        message.id,
        JSON.stringify({ pairId: message.pairId, relayId: message.id, text: message.text }),
        message.now,
      ),
  ];
}

/**
 * Erasing a person: the record of every message they sent, and the words of every relayed
 * message of their pairs still in the outbox (to them or from them: one not sent yet, or one
 * that failed for good — a sent one was emptied when it went), are deleted. Only waiting and
 * failed messages are read, through the outbox's status index.
 */
export function eraseRelayOfPersonStatements(
  db: D1Database,
  personId: string,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE outbox SET payload = '{}', last_error = NULL
          WHERE status IN ('pending', 'failed') AND kind = 'mentoring_relay'
            AND payload ->> 'pairId' IN (SELECT id FROM mentoring_pairs
                                          WHERE mentor_id = ?1 OR learner_id = ?1)`,
      )
      .bind(personId),
    db.prepare(`DELETE FROM mentoring_relay_messages WHERE sender_id = ?1`).bind(personId),
  ];
}

/**
 * Retention of a season: the same for every pair of the seasons `dueSeasons` (a query binding
 * `?1`) selects.
 */
export function eraseRelayOfSeasonsStatements(
  db: D1Database,
  dueSeasons: string,
  now: number,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE outbox SET payload = '{}', last_error = NULL
          WHERE status IN ('pending', 'failed') AND kind = 'mentoring_relay'
            AND payload ->> 'pairId' IN (SELECT id FROM mentoring_pairs
                                          WHERE season_id IN (${dueSeasons}))`,
      )
      .bind(now),
    db.prepare(`DELETE FROM mentoring_relay_messages WHERE season_id IN (${dueSeasons})`).bind(now),
  ];
}
