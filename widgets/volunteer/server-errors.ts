import type { FieldIssue } from "../../schema/contracts/errors.js";
import type { PublicShift } from "../../schema/contracts/volunteers.js";
import { shiftRefusal } from "../../schema/rules/shift-refusal.js";
import type { MessageKey } from "../i18n/messages.js";
import type { ApiError } from "../shared/api-client.js";
import type { ErrorMessage } from "../shared/error-message.js";
import { errorMessage } from "../shared/error-message.js";
import type { LocalizeController } from "../shared/localize.js";
import type { VolunteerErrors } from "./volunteer-form.js";
import { fromServerFields } from "./about-you.js";

/** What the form says is wrong: above it, under the shift list, beside fields and shifts. */
export interface FormProblems {
  form: ErrorMessage | undefined;
  list: MessageKey | undefined;
  fields: VolunteerErrors;
  /** Translated reasons beside single shifts, by shift id. */
  shifts: Record<string, string>;
}

export const noProblems: FormProblems = {
  form: undefined,
  list: undefined,
  fields: {},
  shifts: {},
};

/** A refused sign-up always says so above the form. */
export interface Refusal extends FormProblems {
  form: ErrorMessage;
}

/* The API says why a shift was refused as a code; the reason is worded in the reader's language. */
function reasonFor(issue: FieldIssue | undefined, localize: LocalizeController): string {
  const refusal = shiftRefusal(issue);
  return "age" in refusal
    ? localize.t(refusal.key, { age: localize.number(refusal.age) })
    : localize.t(refusal.key);
}

/** Where each part of a refused sign-up belongs: beside a shift, the shift list or a field. */
export function refusalOf(
  error: ApiError,
  sent: readonly PublicShift[],
  localize: LocalizeController,
): Refusal {
  const refusal: Refusal = { form: "formHasErrors", list: undefined, fields: {}, shifts: {} };
  if (error.code === "slot_full") {
    // The message names the full shift; find it among the ones sent to mark it in the list.
    const full = sent.find(
      (shift) =>
        error.message.includes(shift.id) || (shift.label && error.message.includes(shift.label)),
    );
    if (full) refusal.shifts[full.id] = localize.t("volunteerErrorShiftFull");
    return { ...refusal, form: "volunteerErrorFull" };
  }
  for (const [path, issue] of Object.entries(error.fieldCodes)) {
    const index = /^shiftIds\.(\d+)$/.exec(path)?.[1];
    const shift = index === undefined ? undefined : sent[Number(index)];
    if (shift) refusal.shifts[shift.id] = reasonFor(issue, localize);
    else if (path === "shiftIds") {
      refusal.list = issue.code === "shift_overlap" ? "volunteerErrorClash" : "volunteerErrorNone";
    }
  }
  refusal.fields = fromServerFields(error.fields);
  const anything =
    refusal.list ||
    Object.keys(refusal.shifts).length > 0 ||
    Object.keys(refusal.fields).length > 0;
  return anything ? refusal : { ...refusal, form: errorMessage(error) };
}
