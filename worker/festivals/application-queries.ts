import { signupOriginsJson } from "../networks/signup-origins.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { StallNeeds } from "../../schema/tables/cook-applications.js";
import { firstRow } from "../db/first-row.js";

/** An application with its festival and dishes, as the cook, the organisers and messages read it. */
export interface ApplicationRow {
  id: string;
  organisationId: string;
  eventId: string;
  status: "draft" | "submitted" | "approved" | "waitlisted" | "declined";
  displayName: string;
  email: string | null;
  phone: string | null;
  locale: string;
  cuisine: string | null;
  story: string | null;
  stallNeeds: StallNeeds;
  hygiene: "none" | "planned" | "done" | null;
  hygieneExpiresAt: number | null;
  hygieneVerifiedAt: number | null;
  consentPublic: boolean;
  organiserMessage: LocaleText | null;
  organiserNote: string | null;
  stallId: string | null;
  stallName: string | null;
  manageTokenHash: string;
  submittedAt: number | null;
  erasedAt: number | null;
  festival: {
    kind: string;
    status: string;
    title: LocaleText;
    startsAt: number;
    endsAt: number;
    timeZone: string;
    cookDeadline: number | null;
    organisationSlug: string;
    organisationName: string;
    defaultLocale: string;
    locales: string[];
    allowedOrigins: string[];
    retentionDays: number;
  };
  dishes: DishRow[];
}

export interface DishRow {
  id: string;
  position: number;
  name: LocaleText;
  description: LocaleText;
  priceCents: number | null;
  free: boolean;
  portions: number | null;
  allergens: string[];
  allergensNone: boolean;
  dietLabels: string[];
}

const applicationJson = `json_object(
  'id', a.id, 'organisationId', a.organisation_id, 'eventId', a.event_id, 'status', a.status,
  'displayName', a.display_name, 'email', a.email, 'phone', a.phone, 'locale', a.locale,
  'cuisine', a.cuisine, 'story', a.story, 'stallNeeds', json(a.stall_needs), 'hygiene', a.hygiene,
  'hygieneExpiresAt', a.hygiene_expires_at, 'hygieneVerifiedAt', a.hygiene_verified_at,
  'consentPublic', json(CASE WHEN a.consent_public THEN 'true' ELSE 'false' END),
  'organiserMessage', json(a.organiser_message), 'organiserNote', a.organiser_note, 'stallId', a.stall_id,
  'stallName', (SELECT name FROM stalls WHERE id = a.stall_id),
  'manageTokenHash', a.manage_token_hash, 'submittedAt', a.submitted_at, 'erasedAt', a.erased_at,
  'festival', (SELECT json_object('kind', e.kind, 'status', e.status, 'title', json(e.title),
                 'startsAt', e.starts_at, 'endsAt', e.ends_at, 'timeZone', e.time_zone,
                 'cookDeadline', e.cook_deadline, 'organisationSlug', o.slug, 'organisationName', o.name,
                 'defaultLocale', o.default_locale, 'locales', json(o.locales),
                 'allowedOrigins', json(${signupOriginsJson("o")}), 'retentionDays', o.retention_days)
                 FROM events e JOIN organisations o ON o.id = e.organisation_id WHERE e.id = a.event_id),
  'dishes', (SELECT json_group_array(json_object('id', d.id, 'position', d.position, 'name', json(d.name),
                 'description', json(d.description), 'priceCents', d.price_cents,
                 'free', json(CASE WHEN d.free THEN 'true' ELSE 'false' END), 'portions', d.portions,
                 'allergens', json(d.allergens),
                 'allergensNone', json(CASE WHEN d.allergens_none THEN 'true' ELSE 'false' END),
                 'dietLabels', json(d.diet_labels)))
               FROM (SELECT * FROM dishes WHERE application_id = a.id ORDER BY position) AS d)
)`;

export async function findApplication(db: D1Database, id: string): Promise<ApplicationRow | null> {
  const row = await firstRow<{ application: string }>(
    db
      .prepare(`SELECT ${applicationJson} AS application FROM cook_applications a WHERE a.id = ?1`)
      .bind(id),
  );
  return row ? (JSON.parse(row.application) as ApplicationRow) : null;
}

/** The application a festival's `Idempotency-Key` (hashed) started, with what was sent with it. */
export function findApplicationByKey(
  db: D1Database,
  eventId: string,
  keyHash: string,
): Promise<{ id: string; requestHash: string | null } | null> {
  return firstRow<{ id: string; requestHash: string | null }>(
    db
      .prepare(
        `SELECT id, request_hash AS requestHash FROM cook_applications
          WHERE event_id = ?1 AND idempotency_key_hash = ?2`,
      )
      .bind(eventId, keyHash),
  );
}

/**
 * Several applications as one statement for the caller's batch (the ids as one JSON array: D1
 * binds at most 100 values), for the messages to their cooks. Read it with `applicationsFrom`.
 */
export function applicationsStatement(db: D1Database, ids: readonly string[]): D1PreparedStatement {
  return db
    .prepare(
      `SELECT ${applicationJson} AS application FROM cook_applications a
        WHERE a.id IN (SELECT value FROM json_each(?1))`,
    )
    .bind(JSON.stringify(ids));
}

/** The rows of `applicationsStatement`, by application id. */
export function applicationsFrom(result: D1Result): Map<string, ApplicationRow> {
  return new Map(
    (result.results as { application: string }[]).map((row) => {
      const application = JSON.parse(row.application) as ApplicationRow;
      return [application.id, application];
    }),
  );
}

/** Whose an application is and where its confirmation goes, for keying rate limits. */
export function findApplicationContact(
  db: D1Database,
  id: string,
): Promise<{ organisationId: string; email: string | null } | null> {
  return firstRow(
    db
      .prepare(
        `SELECT organisation_id AS organisationId, email FROM cook_applications WHERE id = ?1`,
      )
      .bind(id),
  );
}

export async function listApplications(
  db: D1Database,
  eventId: string,
  status: string | undefined,
): Promise<ApplicationRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${applicationJson} AS application FROM cook_applications a
        WHERE a.event_id = ?1 AND (?2 IS NULL AND a.status <> 'draft' OR a.status = ?2)
        ORDER BY a.submitted_at IS NULL, a.submitted_at, a.created_at`,
    )
    .bind(eventId, status ?? null)
    .all<{ application: string }>();
  return results.map((row) => JSON.parse(row.application) as ApplicationRow);
}

/** The festival a cook applies to: published, of the organisation, of kind festival. */
export function findFestival(db: D1Database, organisationId: string, eventId: string) {
  return firstRow<{ id: string; status: string; startsAt: number; cookDeadline: number | null }>(
    db
      .prepare(
        `SELECT id, status, starts_at AS startsAt, cook_deadline AS cookDeadline FROM events
          WHERE id = ?1 AND organisation_id = ?2 AND kind = 'festival' AND status <> 'draft'`,
      )
      .bind(eventId, organisationId),
  );
}

/** The ledger lines of one cook, for "download my data". */
export async function listLedgerOfApplication(
  db: D1Database,
  applicationId: string,
): Promise<
  { kind: "ingredients" | "takings"; amountCents: number; note: string | null; createdAt: number }[]
> {
  const { results } = await db
    .prepare(
      `SELECT kind, amount_cents AS amountCents, note, created_at AS createdAt
         FROM ledger_entries WHERE application_id = ?1 ORDER BY created_at, rowid`,
    )
    .bind(applicationId)
    .all<{
      kind: "ingredients" | "takings";
      amountCents: number;
      note: string | null;
      createdAt: number;
    }>();
  return results;
}

/**
 * Submits a draft. Only a draft: the status is checked in the statement, so the "received"
 * message queued after it (which needs `changes()`) is sent once however often it is pressed.
 */
export function submitApplicationStatement(
  db: D1Database,
  applicationId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE cook_applications SET status = 'submitted', submitted_at = ?2, updated_at = ?2
        WHERE id = ?1 AND status = 'draft'`,
    )
    .bind(applicationId, now);
}
