import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import type { EditableEventRow } from "./admin-event-queries.js";
import type { ValidEventInput } from "./event-columns.js";
import { hostStop } from "./event-columns.js";

/**
 * Volunteer shifts need a role of the organisation, and a minimum no higher than the places.
 * 422 with the slot's field named otherwise.
 */
export function assertShiftsValid(roleIds: string[], input: ValidEventInput): void {
  const fields: FieldProblems = {};
  input.slots.forEach((slot, index) => {
    if (slot.minimum > slot.capacity) {
      fields[`slots.${index}.minimum`] = problem(
        "minimum_above_capacity",
        "The minimum cannot be more than the places.",
      );
    }
    if (slot.audience !== "volunteer") return;
    if (!slot.roleId || !roleIds.includes(slot.roleId)) {
      fields[`slots.${index}.roleId`] = problem(
        "role_unknown",
        "Choose one of the organisation's volunteer roles.",
      );
    }
    if (
      Date.parse(slot.startsAt) < Date.parse(input.startsAt) - 24 * 3_600_000 ||
      Date.parse(slot.endsAt) > Date.parse(input.endsAt) + 24 * 3_600_000
    ) {
      fields[`slots.${index}.startsAt`] = problem(
        "shift_out_of_range",
        "Shifts must be within a day of the event's own time.",
      );
    }
    if (Date.parse(slot.endsAt) <= Date.parse(slot.startsAt)) {
      fields[`slots.${index}.endsAt`] = problem(
        "ends_before_start",
        "The shift must end after it starts.",
      );
    }
    if (slot.id === undefined && Date.parse(slot.startsAt) < Date.now()) {
      fields[`slots.${index}.startsAt`] = problem(
        "starts_in_past",
        "A new shift cannot start in the past.",
      );
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new ApiError(
      422,
      "validation_failed",
      "Some shifts need a fix. See the fields listed.",
      fields,
    );
  }
}

/**
 * Refuses host places that name a stop the visit does not have (new events have no stops yet:
 * their host places get a stop once the itinerary is saved).
 */
export function assertStopsExist(stopIds: string[], input: ValidEventInput): void {
  const fields: FieldProblems = {};
  input.slots.forEach((slot, index) => {
    const stop = hostStop(slot);
    if (stop !== null && !stopIds.includes(stop)) {
      fields[`slots.${index}.stopId`] = problem(
        "stop_unknown",
        "Choose a stop of this visit's itinerary.",
      );
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new ApiError(
      422,
      "validation_failed",
      "Some host places name a stop the visit does not have.",
      fields,
    );
  }
}

/**
 * Refuses, with the fields named, a save that would drop places people already hold or remove a
 * time that has sign-ups. The slots' CHECKs still guard the write itself against races.
 */
export function assertSlotChangesAllowed(existing: EditableEventRow, input: ValidEventInput): void {
  const capacityFields: FieldProblems = {};
  const removalFields: FieldProblems = {};
  input.slots.forEach((slot, index) => {
    if (slot.id === undefined) return;
    const current = existing.slots.find((candidate) => candidate.id === slot.id);
    if (!current) {
      removalFields[`slots.${index}.id`] = problem(
        "reload",
        "This time is not part of the event. Reload the event.",
      );
      return;
    }
    if (slot.capacity < current.taken) {
      capacityFields[`slots.${index}.capacity`] = problem(
        "too_small",
        `${current.taken} places are already taken here. Use ${current.taken} or more, or cancel sign-ups first.`,
        { min: current.taken },
      );
    }
    if (slot.waitlistCapacity < current.waitlistTaken) {
      capacityFields[`slots.${index}.waitlistCapacity`] = problem(
        "too_small",
        `${current.waitlistTaken} people are on the waitlist. Use ${current.waitlistTaken} or more.`,
        { min: current.waitlistTaken },
      );
    }
  });
  const kept = new Set(input.slots.map((slot) => slot.id));
  for (const slot of existing.slots) {
    if (!kept.has(slot.id) && slot.registrations > 0) {
      removalFields.slots = problem(
        "in_use",
        "A time that has sign-ups cannot be removed. Cancel its sign-ups first, or keep it.",
      );
    }
  }
  if (Object.keys(removalFields).length > 0) {
    throw new ApiError(
      422,
      "validation_failed",
      "Some times cannot change like this.",
      removalFields,
    );
  }
  if (Object.keys(capacityFields).length > 0) {
    throw new ApiError(
      409,
      "capacity_below_taken",
      "You cannot lower the places below what people already hold.",
      capacityFields,
    );
  }
}
