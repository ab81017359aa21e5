import type { LedgerResponse, StallsResponse } from "../../schema/contracts/admin/festivals.js";

export async function readStalls(db: D1Database, eventId: string): Promise<StallsResponse> {
  const [stalls, unassigned] = await db.batch([
    db
      .prepare(
        `SELECT s.id, s.name, s.power, s.water, s.covered, s.plan_x AS planX, s.plan_y AS planY,
                (SELECT a.id FROM cook_applications a WHERE a.stall_id = s.id AND a.status = 'approved') AS applicationId
           FROM stalls s WHERE s.event_id = ?1 ORDER BY s.position`,
      )
      .bind(eventId),
    db
      .prepare(
        `SELECT id FROM cook_applications WHERE event_id = ?1 AND status = 'approved' AND stall_id IS NULL`,
      )
      .bind(eventId),
  ]);
  return {
    stalls: (
      stalls!.results as (Omit<StallsResponse["stalls"][number], "power" | "water" | "covered"> & {
        power: number;
        water: number;
        covered: number;
      })[]
    ).map((stall) => ({
      ...stall,
      power: stall.power === 1,
      water: stall.water === 1,
      covered: stall.covered === 1,
    })),
    unassigned: (unassigned!.results as { id: string }[]).map((row) => row.id),
  };
}

/** Ingredients bought for each cook and takings they reported; the balance is what is recovered. */
export async function readLedger(db: D1Database, eventId: string): Promise<LedgerResponse> {
  const [entries, perCook] = await db.batch([
    db
      .prepare(
        `SELECT id, application_id AS applicationId, kind, amount_cents AS amountCents, note, created_at AS at
           FROM ledger_entries WHERE event_id = ?1 ORDER BY created_at, rowid`,
      )
      .bind(eventId),
    db
      .prepare(
        `SELECT a.id AS applicationId, a.display_name AS displayName,
                COALESCE(SUM(CASE WHEN l.kind = 'ingredients' THEN l.amount_cents END), 0) AS ingredientsCents,
                COALESCE(SUM(CASE WHEN l.kind = 'takings' THEN l.amount_cents END), 0) AS takingsCents
           FROM cook_applications a LEFT JOIN ledger_entries l ON l.application_id = a.id
          WHERE a.event_id = ?1 AND (a.status = 'approved' OR l.id IS NOT NULL)
          GROUP BY a.id ORDER BY a.display_name`,
      )
      .bind(eventId),
  ]);
  const cooks = (
    perCook!.results as {
      applicationId: string;
      displayName: string;
      ingredientsCents: number;
      takingsCents: number;
    }[]
  ).map((cook) => ({ ...cook, balanceCents: cook.takingsCents - cook.ingredientsCents }));
  const ingredientsCents = cooks.reduce((sum, cook) => sum + cook.ingredientsCents, 0);
  const takingsCents = cooks.reduce((sum, cook) => sum + cook.takingsCents, 0);
  return {
    entries: (
      entries!.results as (Omit<LedgerResponse["entries"][number], "at"> & { at: number })[]
    ).map((entry) => ({
      ...entry,
      at: new Date(entry.at).toISOString(),
    })),
    perCook: cooks,
    totals: { ingredientsCents, takingsCents, balanceCents: takingsCents - ingredientsCents },
  };
}

/** A stall on the public plan, with the cook at it if they agreed to be shown. */
export interface PublicStallRow {
  id: string;
  name: string;
  power: number;
  water: number;
  covered: number;
  planX: number | null;
  planY: number | null;
  cook: string | null;
  consentPublic: number | null;
}

/** The festival's stalls in order, each with its approved cook (erased cooks leave it empty). */
export async function readStallPlan(db: D1Database, eventId: string): Promise<PublicStallRow[]> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.name, s.power, s.water, s.covered, s.plan_x AS planX, s.plan_y AS planY,
              a.display_name AS cook, a.consent_public AS consentPublic
         FROM stalls s
         LEFT JOIN cook_applications a
                ON a.stall_id = s.id AND a.status = 'approved' AND a.erased_at IS NULL
        WHERE s.event_id = ?1 ORDER BY s.position`,
    )
    .bind(eventId)
    .all<PublicStallRow>();
  return results;
}
