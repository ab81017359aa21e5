import { newId } from "../lib/crypto.js";
import type { ValidApplication } from "./application-rules.js";

const dayToMs = (day: string | null) => (day ? Date.parse(`${day}T23:59:59Z`) : null);
const emptyToNull = (value: string | null | undefined) => (value ? value : null);

function dishStatements(
  db: D1Database,
  application: { id: string; organisationId: string; eventId: string; locale: string },
  input: ValidApplication,
  existingDishIds: string[],
  guard: string,
): D1PreparedStatement[] {
  const kept = new Set(
    input.dishes.flatMap((dish) => (dish.id && existingDishIds.includes(dish.id) ? [dish.id] : [])),
  );
  return [
    ...existingDishIds
      .filter((id) => !kept.has(id))
      .map((id) =>
        db
          .prepare(`DELETE FROM dishes WHERE id = ?1 AND application_id = ?2 AND ${guard}`)
          .bind(id, application.id),
      ),
    ...input.dishes.map((dish, position) =>
      db
        .prepare(
          `INSERT INTO dishes (id, organisation_id, event_id, application_id, position, name, description,
                               price_cents, free, portions, allergens, allergens_none, diet_labels)
           SELECT ?1, ?2, ?3, ?4, ?5, json_object(?14, ?6), json_object(?14, ?7), ?8, ?9, ?10, ?11, ?12, ?13
            WHERE ${guard}
           ON CONFLICT (id) DO UPDATE SET position = ?5,
                  name = json_set(dishes.name, '$.' || ?14, ?6),
                  description = json_set(dishes.description, '$.' || ?14, ?7),
                  price_cents = ?8, free = ?9, portions = ?10, allergens = ?11, allergens_none = ?12,
                  diet_labels = ?13
            WHERE dishes.application_id = ?4`,
        )
        .bind(
          dish.id && kept.has(dish.id) ? dish.id : newId("dsh"),
          application.organisationId,
          application.eventId,
          application.id,
          position,
          dish.name,
          dish.description,
          dish.free ? null : dish.priceCents,
          dish.free ? 1 : 0,
          dish.portions,
          JSON.stringify(dish.allergens),
          dish.allergensNone ? 1 : 0,
          JSON.stringify(dish.dietLabels),
          application.locale,
        ),
    ),
  ];
}

/** A new application (a draft) with its dishes, in one batch. */
export function insertApplicationStatements(
  db: D1Database,
  application: {
    id: string;
    organisationId: string;
    eventId: string;
    manageTokenHash: string;
    /** Its `Idempotency-Key`, hashed, and what was sent with it (`idempotency.ts`), if it had one. */
    idempotent: { keyHash: string; requestHash: string } | null;
    now: number;
  },
  input: ValidApplication,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO cook_applications (id, organisation_id, event_id, status, display_name, email, phone,
            locale, cuisine, story, stall_needs, hygiene, hygiene_expires_at, consent_public, consent_at,
            manage_token_hash, idempotency_key_hash, request_hash, created_at, updated_at)
         VALUES (?1, ?2, ?3, 'draft', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                 ?14, ?14)`,
      )
      .bind(
        application.id,
        application.organisationId,
        application.eventId,
        input.displayName,
        emptyToNull(input.email),
        emptyToNull(input.phone),
        input.locale,
        emptyToNull(input.cuisine),
        emptyToNull(input.story),
        JSON.stringify(input.stallNeeds),
        input.hygiene,
        dayToMs(input.hygieneExpiresOn),
        input.consentPublic ? 1 : 0,
        application.now,
        application.manageTokenHash,
        application.idempotent?.keyHash ?? null,
        application.idempotent?.requestHash ?? null,
      ),
    ...dishStatements(db, { ...application, locale: input.locale }, input, [], "1"),
  ];
}

/**
 * Saves a cook's changes in one batch, only while the application is still editable in SQL terms
 * (draft or submitted): a decision made meanwhile leaves it untouched. Returns whether it saved.
 */
export async function updateApplication(
  db: D1Database,
  application: { id: string; organisationId: string; eventId: string; dishIds: string[] },
  input: ValidApplication,
  now: number,
): Promise<boolean> {
  // Ids are ours (`app_` + base32), never user text; checked anyway before it enters the SQL.
  if (!/^app_[0-9a-z]+$/.test(application.id)) throw new Error("unexpected application id");
  const guard = `EXISTS (SELECT 1 FROM cook_applications WHERE id = '${application.id}' AND status IN ('draft', 'submitted'))`;
  const [result] = await db.batch([
    db
      .prepare(
        `UPDATE cook_applications
            SET display_name = ?2, email = ?3, phone = ?4, locale = ?5, cuisine = ?6, story = ?7,
                stall_needs = ?8, hygiene = ?9, hygiene_expires_at = ?10, consent_public = ?11, updated_at = ?12,
                hygiene_verified_at = CASE WHEN hygiene IS ?9 AND hygiene_expires_at IS ?10
                                           THEN hygiene_verified_at END
          WHERE id = ?1 AND status IN ('draft', 'submitted')`,
      )
      .bind(
        application.id,
        input.displayName,
        emptyToNull(input.email),
        emptyToNull(input.phone),
        input.locale,
        emptyToNull(input.cuisine),
        emptyToNull(input.story),
        JSON.stringify(input.stallNeeds),
        input.hygiene,
        dayToMs(input.hygieneExpiresOn),
        input.consentPublic ? 1 : 0,
        now,
      ),
    ...dishStatements(
      db,
      { ...application, locale: input.locale },
      input,
      application.dishIds,
      guard,
    ),
  ]);
  return (result!.meta.changes ?? 0) > 0;
}
