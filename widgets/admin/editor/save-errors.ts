import { ApiError } from "../../shared/api-client.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { fieldErrorsOf } from "../shared/errors.js";
import type { EventDraft } from "./draft.js";

/**
 * The field errors to show after a failed save. A slot made smaller than the places already
 * taken says how many are taken; everything else is worded as the API's field codes.
 */
export function saveErrorsOf(
  error: unknown,
  draft: EventDraft | undefined,
  localize: AdminLocalizeController,
): FieldErrors {
  if (error instanceof ApiError && error.code === "capacity_below_taken") {
    return Object.fromEntries(
      Object.keys(error.fields).map((path) => {
        const taken = draft?.slots[Number(path.split(".")[1])]?.taken ?? 0;
        return [path, localize.plural("capacityBelowTaken", taken)];
      }),
    );
  }
  return fieldErrorsOf(error, localize);
}
