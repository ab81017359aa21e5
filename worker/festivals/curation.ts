import { and, eq } from "drizzle-orm";
import type { ApplicationStatus } from "../../schema/contracts/festivals.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { cookApplications, dishes, ledgerEntries, stalls } from "../../schema/tables/index.js";
import { newId } from "../lib/crypto.js";
import { orm, statementOf } from "../db/orm.js";
import { replaceListStatements } from "../db/replace-list.js";

/** What organisers change on a festival: decisions, stalls, dish translations and the ledger. */

/**
 * The decision on an application, with the organisers' words per language. Hand-written: it
 * changes nothing when the status is already this one (so the message queued after it, which
 * needs `changes()`, is not sent twice), and an approval keeps the stall, any other decision frees
 * it.
 */
export function decisionStatement(
  db: D1Database,
  applicationId: string,
  decision: { status: ApplicationStatus; message: LocaleText | null; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE cook_applications
          SET status = ?2, organiser_message = ?3, updated_at = ?4,
              stall_id = CASE WHEN ?2 = 'approved' THEN stall_id END
        WHERE id = ?1 AND status <> ?2`,
    )
    .bind(
      applicationId,
      decision.status,
      decision.message && JSON.stringify(decision.message),
      decision.now,
    );
}

/** A stall of the festival, with what it offers; undefined when it is not one of its stalls. */
export function findStall(db: D1Database, eventId: string, stallId: string) {
  return orm(db)
    .select({ id: stalls.id, name: stalls.name, power: stalls.power, water: stalls.water })
    .from(stalls)
    .where(and(eq(stalls.id, stallId), eq(stalls.eventId, eventId)))
    .get();
}

/**
 * Gives an approved cook a stall (or takes it away with null). Hand-written: the stall is given
 * only if no other approved cook has it, checked in the statement that writes it, so two
 * organisers giving one stall at once cannot both succeed.
 */
export function assignStallStatement(
  db: D1Database,
  applicationId: string,
  stallId: string | null,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE cook_applications SET stall_id = ?2, updated_at = ?3
        WHERE id = ?1 AND status = 'approved'
          AND (?2 IS NULL OR NOT EXISTS (SELECT 1 FROM cook_applications other
                                          WHERE other.stall_id = ?2 AND other.id <> ?1
                                            AND other.status = 'approved'))`,
    )
    .bind(applicationId, stallId, now);
}

/** The cook behind a dish of the festival; undefined when it is not one of its dishes. */
export function findDish(db: D1Database, eventId: string, dishId: string) {
  return orm(db)
    .select({ applicationId: dishes.applicationId })
    .from(dishes)
    .where(and(eq(dishes.id, dishId), eq(dishes.eventId, eventId)))
    .get();
}

/**
 * Organisers' translations beside the cook's own words. Hand-written: `json_patch` merges them
 * into the stored texts, and a language sent empty (null in the patch) removes that translation.
 */
export function translateDishStatement(
  db: D1Database,
  dishId: string,
  translations: { name: LocaleText; description: LocaleText },
): D1PreparedStatement {
  const patch = (text: LocaleText) =>
    JSON.stringify(
      Object.fromEntries(Object.entries(text).map(([locale, value]) => [locale, value || null])),
    );
  return db
    .prepare(
      `UPDATE dishes SET name = json_patch(name, ?2), description = json_patch(description, ?3)
        WHERE id = ?1`,
    )
    .bind(dishId, patch(translations.name), patch(translations.description));
}

export interface StallInput {
  id?: string | undefined;
  name: string;
  power?: boolean | undefined;
  water?: boolean | undefined;
  covered?: boolean | undefined;
  planX: number | null;
  planY: number | null;
}

/** Statements that make the festival's stalls these, in this order (one batch with the caller). */
export function saveStallsStatements(
  db: D1Database,
  festival: { organisationId: string; eventId: string },
  existingIds: readonly string[],
  input: readonly StallInput[],
): D1PreparedStatement[] {
  return replaceListStatements(existingIds, input, {
    idPrefix: "stl",
    remove: (id) =>
      statementOf(
        db,
        orm(db)
          .delete(stalls)
          .where(and(eq(stalls.id, id), eq(stalls.eventId, festival.eventId))),
      ),
    write: (stall, id, position) => {
      const values = {
        position,
        name: stall.name,
        power: stall.power ?? false,
        water: stall.water ?? false,
        covered: stall.covered ?? false,
        planX: stall.planX,
        planY: stall.planY,
      };
      return statementOf(
        db,
        orm(db)
          .insert(stalls)
          .values({
            id,
            organisationId: festival.organisationId,
            eventId: festival.eventId,
            ...values,
          })
          // Only a stall of this festival is updated: an id from elsewhere changes nothing.
          .onConflictDoUpdate({
            target: stalls.id,
            set: values,
            setWhere: eq(stalls.eventId, festival.eventId),
          }),
      );
    },
  });
}

/** One amount of the cost ledger: ingredients bought for a cook, or their takings. */
export function addLedgerEntry(
  db: D1Database,
  entry: {
    organisationId: string;
    eventId: string;
    applicationId: string;
    kind: "ingredients" | "takings";
    amountCents: number;
    note: string | null;
    createdBy: string;
    now: number;
  },
) {
  return orm(db)
    .insert(ledgerEntries)
    .values({
      id: newId("led"),
      organisationId: entry.organisationId,
      eventId: entry.eventId,
      applicationId: entry.applicationId,
      kind: entry.kind,
      amountCents: entry.amountCents,
      note: entry.note,
      createdBy: entry.createdBy,
      createdAt: entry.now,
    })
    .run();
}

/** The organisers' own note on an application, or whether they checked the hygiene certificate. */
export function updateApplicationStatement(
  db: D1Database,
  applicationId: string,
  change: { organiserNote: string | null } | { hygieneVerifiedAt: number | null },
  now: number,
): D1PreparedStatement {
  return statementOf(
    db,
    orm(db)
      .update(cookApplications)
      .set({ ...change, updatedAt: now })
      .where(eq(cookApplications.id, applicationId)),
  );
}
