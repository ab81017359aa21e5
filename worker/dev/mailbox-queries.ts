import { firstRow } from "../db/first-row.js";

export interface DevMail {
  id: string;
  outboxId: string | null;
  recipient: string;
  subject: string;
  raw: string;
  createdAt: number;
}

export type DevMailSummary = Omit<DevMail, "raw">;

export function insertDevMailStatement(db: D1Database, mail: DevMail): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO dev_mailbox (id, outbox_id, recipient, subject, raw, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
    )
    .bind(mail.id, mail.outboxId, mail.recipient, mail.subject, mail.raw, mail.createdAt);
}

/** Newest first. */
export async function listDevMail(db: D1Database, limit: number): Promise<DevMailSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT id, outbox_id AS outboxId, recipient, subject, created_at AS createdAt
         FROM dev_mailbox ORDER BY created_at DESC, rowid DESC LIMIT ?1`,
    )
    .bind(limit)
    .all<DevMailSummary>();
  return results;
}

export function findDevMail(db: D1Database, id: string): Promise<DevMail | null> {
  return firstRow<DevMail>(
    db
      .prepare(
        `SELECT id, outbox_id AS outboxId, recipient, subject, raw, created_at AS createdAt
           FROM dev_mailbox WHERE id = ?1`,
      )
      .bind(id),
  );
}

export async function clearDevMail(db: D1Database): Promise<void> {
  await db.prepare(`DELETE FROM dev_mailbox`).run();
}
