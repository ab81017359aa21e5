import { newId } from "../lib/crypto.js";

export interface AuditEntryInput {
  organisationId: string;
  userId: string | null;
  /** `<target>.<verb>`, e.g. `member.removed`, `roster.exported`. */
  action: string;
  targetType: string;
  targetId: string;
  now: number;
}

/**
 * The audit row for a change, to put in the same `batch()` as the change itself. Ids and action
 * names only: never a name, email or answer of a participant.
 *
 * With `onlyIfPreviousChanged`, the row is written only when the statement just before it in
 * the batch changed a row (SQLite's `changes()`), so a guarded update that matched nothing —
 * a version conflict, the last owner — leaves no trace. With `onlyIfEventFound`, only when the
 * target is an event of the organisation (a read that checks its event in the same batch).
 */
export function auditStatement(
  db: D1Database,
  entry: AuditEntryInput,
  options: { onlyIfPreviousChanged?: boolean; onlyIfEventFound?: boolean } = {},
): D1PreparedStatement {
  const condition = options.onlyIfPreviousChanged
    ? "WHERE changes() > 0"
    : options.onlyIfEventFound
      ? "WHERE EXISTS (SELECT 1 FROM events WHERE id = ?6 AND organisation_id = ?2)"
      : "";
  return db
    .prepare(
      `INSERT INTO audit_log (id, organisation_id, user_id, action, target_type, target_id, created_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 ${condition}`,
    )
    .bind(
      newId("aud"),
      entry.organisationId,
      entry.userId,
      entry.action,
      entry.targetType,
      entry.targetId,
      entry.now,
    );
}

export interface AuditRow {
  id: string;
  createdAt: number;
  userId: string | null;
  email: string | null;
  displayName: string | null;
  action: string;
  targetType: string;
  targetId: string;
}

/** Newest first; `before` is the last row of the previous page. Reads `limit + 1` to see if more. */
export async function listAuditEntries(
  db: D1Database,
  organisationId: string,
  before: { createdAt: number; id: string } | null,
  limit: number,
): Promise<AuditRow[]> {
  const { results } = await db
    .prepare(
      `SELECT a.id, a.created_at AS createdAt, a.user_id AS userId, u.email,
              u.display_name AS displayName, a.action, a.target_type AS targetType,
              a.target_id AS targetId
         FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
        WHERE a.organisation_id = ?1
          AND (?2 IS NULL OR a.created_at < ?2 OR (a.created_at = ?2 AND a.id < ?3))
        ORDER BY a.created_at DESC, a.id DESC
        LIMIT ?4`,
    )
    .bind(organisationId, before?.createdAt ?? null, before?.id ?? "", limit + 1)
    .all<AuditRow>();
  return results;
}
