/** Websites an organisation keeps track of at most, so a script sending made-up origins is bounded. */
export const maxRefusedOrigins = 50;

export interface RefusedOriginRow {
  origin: string;
  attempts: number;
  firstSeenAt: number;
  lastSeenAt: number;
}

const isAllowedNow = `EXISTS (SELECT 1 FROM organisations o, json_each(o.allowed_origins) allowed
                               WHERE o.id = ?1 AND allowed.value = ?2)`;

/**
 * Counts one refused write from `origin`. A website seen before always counts; a new one is kept
 * only while the organisation has fewer than `maxRefusedOrigins`, and none once it is allowed (a
 * refusal decided just before an owner allowed it must not bring it back) — all inside the one
 * statement, so concurrent refusals cannot pass a count read before any of them was written.
 */
export function recordRefusedOrigin(
  db: D1Database,
  refusal: { organisationId: string; origin: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO refused_origins (organisation_id, origin, attempts, first_seen_at, last_seen_at)
       SELECT ?1, ?2, 1, ?3, ?3
        WHERE NOT ${isAllowedNow}
          AND (EXISTS (SELECT 1 FROM refused_origins WHERE organisation_id = ?1 AND origin = ?2)
               OR (SELECT COUNT(*) FROM refused_origins WHERE organisation_id = ?1) < ?4)
       ON CONFLICT (organisation_id, origin) DO UPDATE
          SET attempts = attempts + 1, last_seen_at = max(last_seen_at, excluded.last_seen_at)`,
    )
    .bind(refusal.organisationId, refusal.origin, refusal.now, maxRefusedOrigins);
}

/** The most recently refused first. */
export async function listRefusedOrigins(
  db: D1Database,
  organisationId: string,
): Promise<RefusedOriginRow[]> {
  const { results } = await db
    .prepare(
      `SELECT origin, attempts, first_seen_at AS firstSeenAt, last_seen_at AS lastSeenAt
         FROM refused_origins
        WHERE organisation_id = ?1
        ORDER BY last_seen_at DESC, origin`,
    )
    .bind(organisationId)
    .all<RefusedOriginRow>();
  return results;
}

/**
 * Forgets `origin`'s refusals once the organisation allows it; put it after the update that allows
 * it in the same batch. If the update could not allow it (the list was full), the row stays.
 */
export function forgetAllowedOrigin(
  db: D1Database,
  organisationId: string,
  origin: string,
): D1PreparedStatement {
  return db
    .prepare(
      `DELETE FROM refused_origins
        WHERE organisation_id = ?1 AND origin = ?2 AND ${isAllowedNow}`,
    )
    .bind(organisationId, origin);
}
