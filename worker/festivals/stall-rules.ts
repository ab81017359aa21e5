import type { AdminStall } from "../../schema/contracts/admin/festivals.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import type { ApplicationRow } from "./application-queries.js";
import type { StallInput } from "./curation.js";

/** Refuses (409) a stall without the power or water the cook said they need. */
export function assertStallSuits(
  application: ApplicationRow,
  stall: { name: string; power: boolean; water: boolean },
): void {
  if (application.stallNeeds.power && !stall.power) {
    throw new ApiError(
      409,
      "invalid_state",
      `The stall ${stall.name} has no power, and this cook needs it.`,
    );
  }
  if (application.stallNeeds.water && !stall.water) {
    throw new ApiError(
      409,
      "invalid_state",
      `The stall ${stall.name} has no water, and this cook needs it.`,
    );
  }
}

/** Refuses (409, naming each one) a new list of stalls that leaves out a stall a cook has. */
export function assertTakenStallsKept(
  current: readonly AdminStall[],
  input: readonly StallInput[],
): void {
  const kept = new Set(input.flatMap((stall) => (stall.id ? [stall.id] : [])));
  const blocked: FieldProblems = {};
  current.forEach((stall, index) => {
    if (!kept.has(stall.id) && stall.applicationId) {
      blocked[`stalls.${index}`] = problem(
        "in_use",
        `${stall.name} has a cook. Give them another stall first.`,
      );
    }
  });
  if (Object.keys(blocked).length > 0) {
    throw new ApiError(409, "invalid_state", "Some stalls still have a cook.", blocked);
  }
}
