import { shiftsOverlap } from "../../schema/rules/shift-overlap.js";
import type { VolunteerDeclarations } from "../../schema/tables/volunteers.js";
import type { FieldProblem, FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import type { ShiftRow } from "./shift-queries.js";

/** Why this volunteer may not take this shift, or null. */
export function unmetRequirement(
  shift: ShiftRow,
  declared: VolunteerDeclarations,
): FieldProblem | null {
  for (const requirement of shift.requirements) {
    if (requirement === "food_hygiene" && !declared.foodHygiene)
      return problem("needs_food_hygiene", "This role needs food-hygiene training.");
    if (requirement === "driving_licence" && !declared.drivingLicence)
      return problem("needs_driving_licence", "This role needs a driving licence.");
    if (requirement === "introduction" && !declared.introduction) {
      return problem("needs_introduction", "This role needs an introduction session first.");
    }
    if (
      requirement === "min_age" &&
      shift.minimumAge !== null &&
      (declared.age ?? 0) < shift.minimumAge
    ) {
      return problem("needs_min_age", `You must be at least ${shift.minimumAge}.`, {
        age: shift.minimumAge,
      });
    }
  }
  return null;
}

const label = (shift: ShiftRow) =>
  `${new Date(shift.startsAt).toISOString().slice(0, 16).replace("T", " ")} UTC`;

/**
 * Checks a set of chosen shifts before booking: each exists, is upcoming on a published event,
 * has room, the volunteer meets its requirements, and none overlaps another chosen one or one they
 * already hold. 422 naming `shiftIds` / `shiftIds.N`, 409 for a full shift.
 */
export function assertShiftsBookable(
  chosenIds: string[],
  found: ShiftRow[],
  held: ShiftRow[],
  declared: VolunteerDeclarations,
  graceMinutes: number,
  now: number,
): ShiftRow[] {
  const fields: FieldProblems = {};
  if (new Set(chosenIds).size !== chosenIds.length)
    fields.shiftIds = problem("shift_duplicate", "You chose the same shift twice.");
  const chosen = chosenIds.map((id) => found.find((shift) => shift.id === id));
  chosen.forEach((shift, index) => {
    if (!shift || shift.eventStatus !== "published") {
      fields[`shiftIds.${index}`] = problem(
        "shift_unknown",
        "This shift does not exist (any more).",
      );
      return;
    }
    if (shift.startsAt <= now) {
      fields[`shiftIds.${index}`] = problem("shift_started", "This shift has already started.");
      return;
    }
    if (held.some((mine) => mine.id === shift.id)) {
      fields[`shiftIds.${index}`] = problem("shift_held", "You already have this shift.");
      return;
    }
    const unmet = unmetRequirement(shift, declared);
    if (unmet) fields[`shiftIds.${index}`] = unmet;
  });
  const valid = chosen.filter((shift): shift is ShiftRow => Boolean(shift));
  for (const [index, shift] of valid.entries()) {
    for (const other of [...valid.slice(index + 1), ...held]) {
      if (other.id !== shift.id && shiftsOverlap(shift, other, graceMinutes)) {
        fields.shiftIds = problem(
          "shift_overlap",
          `These shifts overlap: ${label(shift)} and ${label(other)}. Choose one of them.`,
        );
      }
    }
  }
  if (Object.keys(fields).length > 0) {
    throw new ApiError(
      422,
      "validation_failed",
      "Some shifts cannot be booked. See the fields listed.",
      fields,
    );
  }
  const full = valid.find((shift) => shift.taken >= shift.capacity);
  if (full) {
    throw new ApiError(
      409,
      "slot_full",
      `The shift at ${label(full)} is full. Choose another one; nothing was booked.`,
    );
  }
  return valid;
}
