import { signupOriginsJson } from "../networks/signup-origins.js";
import type { EventSeriesLink } from "../../schema/contracts/series.js";
import type { PublicQuestion, QuestionKind } from "../../schema/contracts/questions.js";
import { firstRow } from "../db/first-row.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { EventKind } from "../../schema/contracts/events.js";
import type { SlotRow } from "./event-json.js";
import { eventFieldsJson, slotsJson, visitJson } from "./event-json.js";

/** An event with its attendee slots, as the public queries return it (times in epoch ms). */
export interface EventWithSlots {
  id: string;
  kind: EventKind;
  status: "published" | "cancelled";
  title: LocaleText;
  summary: LocaleText;
  description: LocaleText;
  venueName: string | null;
  venueAddress: string | null;
  region: string | null;
  onlineUrl: string | null;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  signupOpensAt: number | null;
  signupClosesAt: number | null;
  languages: string[];
  interpretation: string[];
  accessibilityNotes: LocaleText;
  updatedAt: number;
  calendarSequence: number;
  /** The series this date belongs to; null for a one-off event. */
  series: EventSeriesLink | null;
  itinerary: {
    id: string;
    position: number;
    place: LocaleText;
    address: string | null;
    arrivesAt: number;
    activity: LocaleText;
    accessibility: LocaleText;
  }[];
  pickupPoints: { id: string; name: string; address: string | null; departsAt: number }[];
  slots: SlotRow[];
  /** The organisers' own questions on the sign-up form, in order. */
  questions: QuestionJson[];
}

/** A question as `questionsJson` builds it (every language; `required`/`sensitive` as 0/1). */
export interface QuestionJson {
  id: string;
  kind: QuestionKind;
  label: LocaleText;
  choices: { id: string; label: LocaleText }[] | null;
  required: number;
  sensitive: number;
  audience: PublicQuestion["audience"];
}

/** The event's own questions, in order, as JSON built inside SQLite. */
const questionsJson = `(SELECT json_group_array(json_object(
    'id', q.id, 'kind', q.kind, 'label', json(q.label), 'choices', json(q.choices),
    'required', q.required, 'sensitive', q.sensitive, 'audience', q.audience))
  FROM (SELECT * FROM event_questions WHERE event_id = e.id ORDER BY position, id) AS q)`;

export interface OrganisationWithEvents {
  id: string;
  slug: string;
  name: string;
  kind: "municipality" | "ngo";
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  /** Days after an event ends that its sign-ups' personal data is kept. */
  retentionDays: number;
  /** Websites allowed to send sign-ups: its own and its networks'. */
  signupOrigins: string[];
  events: EventWithSlots[];
}

/** Slots people sign up for in public; volunteer shifts (later) are not among them. */
const publicAudiences = "'attendee', 'visitor', 'host', 'interpreter'";

/** The JSON of one event and its public slots, built inside SQLite so a page is one query. */
export const publicEventJson = `json_object(${eventFieldsJson},
  'calendarSequence', e.calendar_sequence,
  'slots', ${slotsJson(`audience IN (${publicAudiences})`)},
  'questions', ${questionsJson},
  ${visitJson}
)`;

export interface EventFilter {
  kind?: string | undefined;
  region?: string | undefined;
  /** Epoch ms bounds on the start time. */
  from?: number | undefined;
  to?: number | undefined;
  /** Events that ended before this are not upcoming. */
  endedBefore: number;
  after?: { startsAt: number; id: string } | undefined;
  limit: number;
}

interface OrganisationRowWithEvents extends Omit<
  OrganisationWithEvents,
  "events" | "locales" | "signupOrigins"
> {
  locales: string;
  signupOrigins: string;
  events: string;
}

function parse(row: OrganisationRowWithEvents | null): OrganisationWithEvents | null {
  if (!row) return null;
  return {
    ...row,
    locales: JSON.parse(row.locales) as string[],
    signupOrigins: JSON.parse(row.signupOrigins) as string[],
    events: JSON.parse(row.events) as EventWithSlots[],
  };
}

async function selectOrganisationWithEvents(
  db: D1Database,
  slug: string,
  eventConditions: string,
  binds: unknown[],
): Promise<OrganisationWithEvents | null> {
  const row = await firstRow<OrganisationRowWithEvents>(
    db
      .prepare(
        `SELECT o.id, o.slug, o.name, o.kind, o.default_locale AS defaultLocale, o.locales,
              o.time_zone AS timeZone, o.retention_days AS retentionDays,
              ${signupOriginsJson("o")} AS signupOrigins,
              (SELECT json_group_array(json(${publicEventJson}))
                 FROM (SELECT * FROM events e WHERE e.organisation_id = o.id AND ${eventConditions}) AS e
              ) AS events
         FROM organisations o WHERE o.slug = ?1`,
      )
      .bind(slug, ...binds),
  );
  return parse(row);
}

/**
 * The organisation and one page of its published upcoming events, soonest first, in one D1
 * round trip. Returns `limit + 1` events at most, so the caller can tell if there is a next page.
 * Null when the organisation does not exist.
 */
export function listUpcomingEvents(
  db: D1Database,
  slug: string,
  filter: EventFilter,
): Promise<OrganisationWithEvents | null> {
  const conditions = ["e.status = 'published'", "e.ends_at >= ?2"];
  const binds: unknown[] = [filter.endedBefore];
  const bindNext = (value: unknown) => {
    binds.push(value);
    return `?${binds.length + 1}`;
  };
  if (filter.kind) conditions.push(`e.kind = ${bindNext(filter.kind)}`);
  if (filter.region) conditions.push(`e.region = ${bindNext(filter.region)} COLLATE NOCASE`);
  if (filter.from !== undefined) conditions.push(`e.starts_at >= ${bindNext(filter.from)}`);
  if (filter.to !== undefined) conditions.push(`e.starts_at < ${bindNext(filter.to)}`);
  if (filter.after) {
    const startsAt = bindNext(filter.after.startsAt);
    const id = bindNext(filter.after.id);
    conditions.push(`(e.starts_at, e.id) > (${startsAt}, ${id})`);
  }
  const where = `${conditions.join(" AND ")} ORDER BY e.starts_at, e.id LIMIT ${bindNext(filter.limit + 1)}`;
  return selectOrganisationWithEvents(db, slug, where, binds);
}

/** One published or cancelled event of the organisation, with its slots, in one round trip. */
export function findPublicEvent(
  db: D1Database,
  slug: string,
  eventId: string,
): Promise<OrganisationWithEvents | null> {
  return selectOrganisationWithEvents(
    db,
    slug,
    "e.id = ?2 AND e.status IN ('published', 'cancelled')",
    [eventId],
  );
}
