import { blankCookApplicationSql, eraseCookApplicationTraces } from "../jobs/retention-queries.js";

/**
 * Erases a cook's application on request, in one batch: gives back the stall of a festival that
 * has not ended, and blanks the cook, their dishes' words, ledger notes and messages. The
 * application's status and ledger amounts stay, without a name, so the accounts add up.
 */
export async function eraseApplication(
  db: D1Database,
  applicationId: string,
  now: number,
): Promise<void> {
  await db.batch([
    ...eraseCookApplicationTraces(db, applicationId),
    db
      .prepare(
        `UPDATE cook_applications
            SET ${blankCookApplicationSql},
                stall_id = CASE WHEN (SELECT ends_at FROM events WHERE id = event_id) > ?2
                                THEN NULL ELSE stall_id END
          WHERE id = ?1 AND erased_at IS NULL`,
      )
      .bind(applicationId, now),
  ]);
}
