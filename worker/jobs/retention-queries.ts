/**
 * Retention and erasure of every record that holds a person. Hand-written SQL: a retention round
 * picks at most `limit` people of each kind who still hold personal data (ordered, so the
 * statements of one batch pick the same people), and erased rows drop out of the partial indexes
 * the picks read.
 */

const dayMs = 86_400_000;

/**
 * Events (festivals included) whose organisation's retention period after their end is over and
 * whose people are not all erased yet, oldest first. Read through a partial index of events not
 * yet done, one organisation at a time: an idle run reads about one row per organisation.
 */
export async function eventsDueForRetention(
  db: D1Database,
  now: number,
  limit: number,
): Promise<string[]> {
  const { results } = await db
    .prepare(
      // CROSS JOIN keeps organisations the outer loop (SQLite does not reorder it), so each
      // organisation's due events are one range of the partial index, not a scan of all of it.
      `SELECT e.id FROM organisations o
         CROSS JOIN events e ON e.organisation_id = o.id
        WHERE e.people_erased_at IS NULL AND e.ends_at < ?1 - o.retention_days * ${dayMs}
        ORDER BY e.ends_at LIMIT ?2`,
    )
    .bind(now, limit)
    .all<{ id: string }>();
  return results.map((row) => row.id);
}

/**
 * Marks the events of a finished retention run as done, where nobody they hold keeps personal
 * data any more; later runs stop reading them (a trigger reopens one if a person is added).
 */
export function markPeopleErased(
  db: D1Database,
  now: number,
  eventIds: readonly string[],
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE events SET people_erased_at = ?1
        WHERE id IN (SELECT value FROM json_each(?2))
          AND NOT EXISTS (SELECT 1 FROM registrations r
                           WHERE r.event_id = events.id AND r.erased_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM cook_applications a
                           WHERE a.event_id = events.id AND a.erased_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM visit_feedback f
                           WHERE f.event_id = events.id AND f.comment IS NOT NULL)`,
    )
    .bind(now, JSON.stringify(eventIds));
}

/**
 * Every personal field of a registration: contact, needs, visit answers (languages, pick-up
 * point, host offer, wheelchair places), check-in times and a coordinator's reason for hours.
 * A volunteer's checked-in shift keeps the minutes it counts for (the shift's length, or the
 * coordinator's correction), so the hours still add up without the time anyone arrived. SET
 * expressions read the row as it was, so `checked_in_at` here is the check-in being erased.
 * `?2` is the time of erasure.
 */
export const blankRegistrationSql = `name = '', email = NULL, phone = NULL, interpreter_language = NULL,
       languages = NULL, pickup_point_id = NULL, offer = NULL, wheelchair_places = 0,
       accessibility_needs = NULL, dietary_needs = NULL, hours_reason = NULL,
       hours_override_minutes = COALESCE(hours_override_minutes,
         CASE WHEN volunteer_id IS NOT NULL AND checked_in_at IS NOT NULL
              THEN (SELECT (ends_at - starts_at) / 60000 FROM slots WHERE id = slot_id) END),
       attendance_confirmed_at = NULL, checked_in_at = NULL, no_show_at = NULL,
       erased_at = ?2, updated_at = ?2`;

/** A volunteer's contact, languages, declarations (age included) and the hash of their sign-up. */
export const blankVolunteerSql = `name = '', email = NULL, phone = NULL, languages = '[]',
       declarations = '{"foodHygiene":false,"drivingLicence":false,"introduction":false,"age":null}',
       verified = '{}', request_hash = NULL, erased_at = ?2`;

/**
 * A cook's contact, story, cuisine, hygiene details and what organisers wrote about them. The
 * status, stall and ledger amounts stay, so the festival's accounts add up without a name.
 */
export const blankCookApplicationSql = `display_name = '', email = NULL, phone = NULL, cuisine = NULL,
       story = NULL, hygiene = NULL, hygiene_expires_at = NULL, hygiene_verified_at = NULL,
       consent_public = 0, organiser_message = NULL, organiser_note = NULL,
       erased_at = ?2, updated_at = ?2`;

/** Dish names and descriptions are the cook's own words. */
export const blankDishSql = `name = '{}', description = '{}'`;

/** Statements that erase one registration's messages, dev-mailbox copies and feedback comment. */
export function eraseRegistrationTraces(
  db: D1Database,
  registrationId: string,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `DELETE FROM dev_mailbox WHERE outbox_id IN (SELECT id FROM outbox WHERE registration_id = ?1)`,
      )
      .bind(registrationId),
    db
      .prepare(`UPDATE outbox SET payload = '{}', last_error = NULL WHERE registration_id = ?1`)
      .bind(registrationId),
    db
      .prepare(`UPDATE visit_feedback SET comment = NULL WHERE registration_id = ?1`)
      .bind(registrationId),
    db.prepare(`DELETE FROM registration_answers WHERE registration_id = ?1`).bind(registrationId),
  ];
}

/** Statements that erase one cook application's dishes' words, ledger notes and messages. */
export function eraseCookApplicationTraces(
  db: D1Database,
  applicationId: string,
): D1PreparedStatement[] {
  return [
    db.prepare(`UPDATE dishes SET ${blankDishSql} WHERE application_id = ?1`).bind(applicationId),
    db
      .prepare(`UPDATE ledger_entries SET note = NULL WHERE application_id = ?1`)
      .bind(applicationId),
    db
      .prepare(
        `DELETE FROM dev_mailbox WHERE outbox_id IN (SELECT id FROM outbox WHERE application_id = ?1)`,
      )
      .bind(applicationId),
    db
      .prepare(`UPDATE outbox SET payload = '{}', last_error = NULL WHERE application_id = ?1`)
      .bind(applicationId),
  ];
}

/** How many rows one retention round erased, per kind. */
export interface RetentionRound {
  registrations: number;
  volunteers: number;
  cookApplications: number;
  feedback: number;
  messages: number;
}

/**
 * One round of retention: at most `limit` people of each kind, with their messages and dev-mailbox
 * copies, from the given events (`eventsDueForRetention`) — volunteers from their own shifts. The
 * dev mailbox (local development only) is small and read whole: copies whose message is gone
 * (the outbox row was deleted) are kept 30 days. Every statement binds `?1` now, `?2` the time of
 * erasure, `?3` the limit and `?4` the events as a JSON array.
 */
export async function eraseRoundPastRetention(
  db: D1Database,
  now: number,
  limit: number,
  eventIds: readonly string[],
): Promise<RetentionRound> {
  const dueEvents = `SELECT value FROM json_each(?4)`;
  const registrationPick = `SELECT id FROM registrations
                             WHERE erased_at IS NULL AND event_id IN (${dueEvents})
                             ORDER BY id LIMIT ?3`;
  const applicationPick = `SELECT id FROM cook_applications
                            WHERE erased_at IS NULL AND event_id IN (${dueEvents})
                            ORDER BY id LIMIT ?3`;
  // The messages of the people this round erases: picked through them, before they are erased.
  const messagesOfPicked = `SELECT id FROM outbox
                             WHERE registration_id IN (${registrationPick})
                                OR application_id IN (${applicationPick})`;
  // A volunteer is erased once every event they hold a shift at is past retention (and, with no
  // shifts at all, once the retention period after their sign-up is over).
  const volunteerPick = `SELECT v.id FROM volunteers v JOIN organisations o ON o.id = v.organisation_id
                          WHERE v.erased_at IS NULL
                            AND v.created_at + o.retention_days * ${dayMs} < ?1
                            AND NOT EXISTS (SELECT 1 FROM registrations r JOIN events e ON e.id = r.event_id
                                             WHERE r.volunteer_id = v.id
                                               AND e.ends_at + o.retention_days * ${dayMs} >= ?1)
                          ORDER BY v.id LIMIT ?3`;
  const binds = [now, now, limit, JSON.stringify(eventIds)];
  // Every statement but the volunteers' names ?4 (directly or in a pick), so all four bind.
  const results = await db.batch([
    db
      .prepare(
        `DELETE FROM dev_mailbox
          WHERE id IN (SELECT m.id FROM dev_mailbox m
                        WHERE m.outbox_id IN (${messagesOfPicked})
                           OR ((m.outbox_id IS NULL
                                OR NOT EXISTS (SELECT 1 FROM outbox WHERE id = m.outbox_id))
                               AND m.created_at < ?1 - ${30 * dayMs}))`,
      )
      .bind(...binds),
    db
      .prepare(
        `UPDATE outbox SET payload = '{}', last_error = NULL WHERE id IN (${messagesOfPicked})`,
      )
      .bind(...binds),
    db
      .prepare(
        `UPDATE visit_feedback SET comment = NULL
          WHERE id IN (SELECT id FROM visit_feedback
                        WHERE comment IS NOT NULL AND event_id IN (${dueEvents})
                        ORDER BY id LIMIT ?3)`,
      )
      .bind(...binds),
    db
      .prepare(`UPDATE registrations SET ${blankRegistrationSql} WHERE id IN (${registrationPick})`)
      .bind(...binds),
    // Their answers to the organisers' own questions: the same people, now marked erased.
    db
      .prepare(
        `DELETE FROM registration_answers
          WHERE registration_id IN (SELECT id FROM registrations
                                     WHERE erased_at = ?1 AND event_id IN (${dueEvents}))`,
      )
      .bind(...binds),
    db
      .prepare(`UPDATE dishes SET ${blankDishSql} WHERE application_id IN (${applicationPick})`)
      .bind(...binds),
    db
      .prepare(`UPDATE ledger_entries SET note = NULL WHERE application_id IN (${applicationPick})`)
      .bind(...binds),
    db
      .prepare(
        `UPDATE cook_applications SET ${blankCookApplicationSql} WHERE id IN (${applicationPick})`,
      )
      .bind(...binds),
    db
      .prepare(`UPDATE volunteers SET ${blankVolunteerSql} WHERE id IN (${volunteerPick})`)
      .bind(now, now, limit),
  ]);

  const changes = (index: number) => results[index]?.meta.changes ?? 0;
  return {
    messages: changes(1),
    feedback: changes(2),
    registrations: changes(3),
    cookApplications: changes(7),
    volunteers: changes(8),
  };
}
