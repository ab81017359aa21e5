import type { RepeatRule } from "../../schema/contracts/series.js";
import { maxOccurrences, repeatableKinds } from "../../schema/contracts/series.js";
import { expandRule, localDate, sameWallTime } from "../../schema/rules/recurrence.js";
import type { EditableEventRow } from "../events/admin-event-queries.js";
import { ApiError, problem } from "../http/errors.js";
import { newId } from "../lib/crypto.js";
import { versionConflict } from "../events/version-conflict.js";
import { reminderTime } from "../notifications/reminder-time.js";

/** One new date of the series: its event id and times, moved from the first date's. */
interface NewDate {
  id: string;
  startsAt: number;
  endsAt: number;
  opensAt: number | null;
  closesAt: number | null;
  reminderAt: number | null;
}

/** Refuses what cannot repeat, and works out the other dates of the rule (the first excluded). */
export function plannedDates(
  event: EditableEventRow,
  rule: RepeatRule,
  version: number,
): NewDate[] {
  if (event.version !== version) throw versionConflict();
  if (event.series !== null) {
    throw new ApiError(
      409,
      "already_in_series",
      "This event already repeats. Edit its series instead.",
    );
  }
  if (!(repeatableKinds as readonly string[]).includes(event.kind)) {
    throw new ApiError(422, "validation_failed", "Only meetups and courses can repeat.", {
      kind: problem("not_repeatable", "Only meetups and courses can repeat."),
    });
  }
  if (event.status === "cancelled") {
    throw new ApiError(409, "event_not_open", "A cancelled event cannot repeat.");
  }
  const firstDate = localDate(event.startsAt, event.timeZone);
  const expansion = expandRule(rule, firstDate);
  if (!expansion.ok) {
    const field = rule.count !== null ? "rule.count" : "rule.until";
    throw new ApiError(
      422,
      "validation_failed",
      expansion.code === "too_many"
        ? `A series can have at most ${maxOccurrences} dates. Choose an earlier end.`
        : "This rule makes no date after the first. Choose a later end or fewer skipped dates.",
      {
        [field]:
          expansion.code === "too_many"
            ? problem("too_many", `Use at most ${maxOccurrences} dates.`, { max: maxOccurrences })
            : problem("no_dates", "The series needs at least one more date."),
      },
    );
  }
  const move = (ms: number, date: string) => sameWallTime(ms, firstDate, date, event.timeZone);
  return expansion.dates.slice(1).map((date) => {
    const startsAt = move(event.startsAt, date);
    return {
      id: newId("evt"),
      startsAt,
      endsAt: move(event.endsAt, date),
      opensAt: event.signupOpensAt === null ? null : move(event.signupOpensAt, date),
      closesAt: event.signupClosesAt === null ? null : move(event.signupClosesAt, date),
      reminderAt: reminderTime(startsAt, event.timeZone),
    };
  });
}

/**
 * Makes `event` the first date of a new series and copies it to every other date, in one batch:
 * the series, the link (only from the version the organiser saw, and only if the event is in no
 * series yet), each date's event with its slots (empty) and questions, and an audit entry. Every
 * statement after the link applies only where the link was made, so a stale request writes nothing.
 * The copies' times keep the first date's wall-clock times in the event's time zone.
 */
export async function createSeries(
  db: D1Database,
  event: EditableEventRow,
  request: { rule: RepeatRule; blockSignup: boolean; version: number },
  actor: { organisationId: string; userId: string },
  now: number,
): Promise<string | null> {
  const dates = plannedDates(event, request.rule, request.version);
  const seriesId = newId("ser");
  const firstDate = localDate(event.startsAt, event.timeZone);
  const slots = dates.flatMap((date, index) =>
    event.slots.map((slot) => ({
      id: newId("slt"),
      eventId: date.id,
      from: slot.id,
      startsAt: sameWallTime(
        slot.startsAt,
        firstDate,
        localDate(date.startsAt, event.timeZone),
        event.timeZone,
      ),
      endsAt: sameWallTime(
        slot.endsAt,
        firstDate,
        localDate(date.startsAt, event.timeZone),
        event.timeZone,
      ),
      index,
    })),
  );
  const linked = `EXISTS (SELECT 1 FROM events WHERE id = ?1 AND series_id = ?2)`;
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO event_series (id, organisation_id, rule, block_signup, created_at, date_count)
         SELECT ?1, ?2, ?3, ?4, ?5, ?8
          WHERE EXISTS (SELECT 1 FROM events WHERE id = ?6 AND organisation_id = ?2 AND version = ?7
                          AND series_id IS NULL)`,
      )
      .bind(
        seriesId,
        actor.organisationId,
        JSON.stringify(request.rule),
        request.blockSignup ? 1 : 0,
        now,
        event.id,
        request.version,
        dates.length + 1,
      ),
    db
      .prepare(
        `UPDATE events SET series_id = ?2, series_position = 1, version = version + 1, updated_at = ?4
          WHERE id = ?1 AND version = ?3 AND series_id IS NULL
            AND EXISTS (SELECT 1 FROM event_series WHERE id = ?2)`,
      )
      .bind(event.id, seriesId, request.version, now),
    db
      .prepare(
        `INSERT INTO events (id, organisation_id, status, kind, title, summary, description, venue_name,
            venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at,
            signup_closes_at, languages, interpretation, accessibility_notes, version, created_at, updated_at,
            reminder_at, feedback_url, cook_deadline, what_to_bring, day_contact, waitlist_offer_hours,
            series_id, series_position)
         SELECT json_extract(d.value, '$.id'), e.organisation_id, e.status, e.kind, e.title, e.summary,
                e.description, e.venue_name, e.venue_address, e.region, e.online_url,
                json_extract(d.value, '$.startsAt'), json_extract(d.value, '$.endsAt'), e.time_zone,
                json_extract(d.value, '$.opensAt'), json_extract(d.value, '$.closesAt'), e.languages,
                e.interpretation, e.accessibility_notes, 1, ?3, ?3, json_extract(d.value, '$.reminderAt'),
                e.feedback_url, NULL, e.what_to_bring, e.day_contact, e.waitlist_offer_hours, ?2,
                d.key + 2
           FROM events e, json_each(?4) d
          WHERE e.id = ?1 AND ${linked}`,
      )
      .bind(event.id, seriesId, now, JSON.stringify(dates)),
    db
      .prepare(
        `INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, capacity,
                            taken, waitlist_capacity, waitlist_taken, stop_id, role_id, minimum)
         SELECT json_extract(d.value, '$.id'), s.organisation_id, json_extract(d.value, '$.eventId'),
                s.label, json_extract(d.value, '$.startsAt'), json_extract(d.value, '$.endsAt'),
                s.audience, s.capacity, 0, s.waitlist_capacity, 0, NULL, s.role_id, s.minimum
           FROM json_each(?3) d JOIN slots s ON s.id = json_extract(d.value, '$.from')
          WHERE s.event_id = ?1 AND ${linked}`,
      )
      .bind(event.id, seriesId, JSON.stringify(slots)),
    db
      .prepare(
        `INSERT INTO event_questions (id, organisation_id, event_id, position, kind, label, choices,
                                      required, sensitive, audience)
         SELECT 'qst_' || lower(hex(randomblob(12))), q.organisation_id, d.value, q.position, q.kind,
                q.label, q.choices, q.required, q.sensitive, q.audience
           FROM event_questions q, json_each(?3) d
          WHERE q.event_id = ?1 AND ${linked}`,
      )
      .bind(event.id, seriesId, JSON.stringify(dates.map((date) => date.id))),
    db
      .prepare(
        `INSERT INTO audit_log (id, organisation_id, user_id, action, target_type, target_id, created_at)
         SELECT ?3, ?4, ?5, 'event.series_created', 'event', ?1, ?6 WHERE ${linked}`,
      )
      .bind(event.id, seriesId, newId("aud"), actor.organisationId, actor.userId, now),
  ]);
  return (results[1]!.meta.changes ?? 0) > 0 ? seriesId : null;
}
