import { sourceLanguage } from "../../../i18n/languages.js";
import type { FieldCode } from "../../../schema/contracts/errors.js";
import { ApiError } from "../../shared/api-client.js";
import type { AdminMessageKey } from "../i18n/messages.js";
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

/** The codes only a series' rule gets; the shared wording knows the others. */
const seriesKeys: Partial<Record<FieldCode, AdminMessageKey>> = {
  too_many: "repeatErrorTooMany",
  no_dates: "repeatErrorNoDates",
  not_repeatable: "repeatErrorKind",
};

/**
 * The field errors after a refused series (`rule.count`, `rule.until`, `kind` …), worded like
 * the event's: English readers get the server's words, others the code in their language.
 */
export function seriesErrorsOf(error: unknown, localize: AdminLocalizeController): FieldErrors {
  const errors: Record<string, string> = { ...fieldErrorsOf(error, localize) };
  if (!(error instanceof ApiError)) return errors;
  for (const [path, issue] of Object.entries(error.fieldCodes)) {
    const key = seriesKeys[issue.code];
    if (!key || (localize.locale === sourceLanguage && error.fields[path])) continue;
    const values = Object.fromEntries(
      Object.entries(issue.params ?? {}).map(([name, value]) => [
        name,
        typeof value === "number" ? localize.number(value) : value,
      ]),
    );
    errors[path] = localize.t(key, values);
  }
  return errors;
}
