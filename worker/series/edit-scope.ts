import type { EditScope } from "../../schema/contracts/series.js";
import { localDate, sameWallTime } from "../../schema/rules/recurrence.js";
import { isNotNullViolation } from "../booking/d1-errors.js";
import type { EditableEventRow } from "../events/admin-event-queries.js";
import { findSeriesDatesToEdit } from "../events/admin-event-queries.js";
import type { ValidEventInput } from "../events/event-columns.js";
import { ms } from "../events/event-columns.js";
import { updateEventStatements } from "../events/save-event.js";
import { ApiError } from "../http/errors.js";
import { newId } from "../lib/crypto.js";
import { renumberSeriesDates } from "./series-positions.js";

type SavedInput = ValidEventInput & { version: number };

const iso = (value: number) => new Date(value).toISOString();

/**
 * The edit made to one date, applied to another date of its series: the same texts, place and
 * settings; the times moved by whole days from the edited date to that date at the same wall-clock
 * time (so an edit from 18:00 to 17:30 makes every date 17:30, summer time or not); its times
 * with places matched to the edited date's in order (the n-th with the n-th), a time added to the
 * edited date added to it, one removed removed (where nobody signed up), any it has beyond the
 * edited date's left as they are. It keeps its own version.
 */
export function inputForDate(
  edited: EditableEventRow,
  input: SavedInput,
  date: EditableEventRow,
): SavedInput {
  const from = localDate(edited.startsAt, edited.timeZone);
  const to = localDate(date.startsAt, date.timeZone);
  const move = (value: string) => iso(sameWallTime(ms(value), from, to, input.timeZone));
  const moveOrNull = (value: string | null) => (value === null ? null : move(value));
  const position = new Map(edited.slots.map((slot, index) => [slot.id, index]));
  const matched = new Set<string>();
  const slots = input.slots.map((slot) => {
    const index = slot.id === undefined ? undefined : position.get(slot.id);
    const own = index === undefined ? undefined : date.slots[index];
    if (own) matched.add(own.id);
    return {
      ...slot,
      id: own?.id,
      stopId: null,
      startsAt: move(slot.startsAt),
      endsAt: move(slot.endsAt),
    };
  });
  const beyond = date.slots.slice(edited.slots.length).map((slot) => ({
    id: slot.id,
    audience: slot.audience as ValidEventInput["slots"][number]["audience"],
    stopId: null,
    roleId: slot.roleId,
    minimum: slot.minimum,
    label: slot.label,
    startsAt: iso(slot.startsAt),
    endsAt: iso(slot.endsAt),
    capacity: slot.capacity,
    waitlistCapacity: slot.waitlistCapacity,
  }));
  return {
    ...input,
    startsAt: move(input.startsAt),
    endsAt: move(input.endsAt),
    signupOpensAt: moveOrNull(input.signupOpensAt),
    signupClosesAt: moveOrNull(input.signupClosesAt),
    cookDeadline: moveOrNull(input.cookDeadline),
    slots: [...slots, ...beyond],
    version: date.version,
  };
}

/** Refuses, naming the date, an edit that would leave fewer places than people have there. */
function assertPlacesFit(date: EditableEventRow, input: SavedInput, locale: string): void {
  for (const slot of input.slots) {
    const own = date.slots.find((candidate) => candidate.id === slot.id);
    if (own && (slot.capacity < own.taken || slot.waitlistCapacity < own.waitlistTaken)) {
      const day = new Intl.DateTimeFormat(locale, {
        dateStyle: "full",
        timeZone: date.timeZone,
      }).format(date.startsAt);
      throw new ApiError(
        409,
        "capacity_below_taken",
        `On ${day}, ${own.taken} places are taken and ${own.waitlistTaken} people wait at a time you made smaller. Nothing was saved: use more places, or change only this date.`,
      );
    }
  }
}

/**
 * Saves an edit of one date of a series to the dates `scope` names as well (`following`: the
 * later ones; `all`: every one not over yet), in one batch: each date's own save (its version,
 * messages to its people when its time or place changed, waitlist promotion, audit), all under one
 * marker, and a last statement that fails — rolling everything back — unless every date took the
 * save (another organiser saved one meanwhile). Returns false on such a conflict.
 */
export async function saveSeriesEdit(
  db: D1Database,
  edit: {
    organisationId: string;
    userId: string;
    edited: EditableEventRow;
    input: SavedInput;
    scope: Exclude<EditScope, "this">;
    now: number;
  },
): Promise<boolean> {
  const { edited, input, now } = edit;
  const dates = await findSeriesDatesToEdit(db, edit.organisationId, {
    seriesId: edited.series!.id,
    exceptId: edited.id,
    from: edit.scope === "following" ? edited.startsAt : null,
    now,
  });
  const marker = newId("edit");
  const saves = [
    { date: edited, input },
    ...dates.map((date) => ({ date, input: inputForDate(edited, input, date) })),
  ];
  for (const save of saves.slice(1)) assertPlacesFit(save.date, save.input, "en-GB");
  const statements = saves.flatMap((save, index) =>
    updateEventStatements(
      db,
      edit.organisationId,
      save.date,
      save.input,
      edit.userId,
      now,
      marker,
      index === 0 ? "kept" : "raised",
    ),
  );
  statements.push(
    renumberSeriesDates(db, edited.series!.id),
    db
      .prepare(
        `INSERT INTO audit_log (id, organisation_id, user_id, action, target_type, target_id, created_at)
         SELECT ?1, ?2, ?3,
                CASE WHEN (SELECT count(*) FROM events WHERE edit_marker = ?4) = ?5
                     THEN 'event.series_updated' END,
                'event', ?6, ?7`,
      )
      .bind(newId("aud"), edit.organisationId, edit.userId, marker, saves.length, edited.id, now),
  );
  try {
    await db.batch(statements);
    return true;
  } catch (error) {
    if (isNotNullViolation(error, "audit_log.action")) return false;
    throw error;
  }
}
