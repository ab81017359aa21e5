import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { ApiError } from "../../shared/api-client.js";
import type { FieldCode, FieldIssue } from "../../../schema/contracts/errors.js";
import { sourceLanguage } from "../../../i18n/languages.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import type { AdminLocalizeController } from "./admin-localize.js";

const keys: Partial<Record<string, AdminMessageKey>> = {
  network: "errorNetwork",
  not_found: "errorNotFound",
  forbidden: "errorForbidden",
  slot_full: "errorSlotFull",
  last_owner: "errorLastOwner",
  invitation_invalid: "errorInvitation",
  validation_failed: "errorValidation",
  version_conflict: "errorConflict",
  party_too_large: "errorPartyTooLarge",
  already_cancelled: "errorAlreadyCancelled",
  not_a_network: "errorNotANetwork",
  has_members: "errorHasMembers",
  own_network: "errorOwnNetwork",
};

/** The plain-words message for a failed request; the API's own text is English-only. */
export function errorText(error: unknown, localize: AdminLocalizeController): string {
  const key = error instanceof ApiError ? keys[error.code] : undefined;
  return localize.t(key ?? "errorGeneric");
}

export type FieldErrors = Readonly<Record<string, string>>;

/** Field codes the dashboard words itself; any other says "Check this answer." */
const fieldKeys: Partial<Record<FieldCode, AdminMessageKey>> = {
  required: "fieldError_required",
  too_long: "fieldError_too_long",
  too_short: "fieldError_too_short",
  too_small: "fieldError_too_small",
  too_large: "fieldError_too_large",
  not_whole_number: "fieldError_not_whole_number",
  invalid_email: "fieldError_invalid_email",
  invalid_format: "fieldError_invalid_format",
  invalid_choice: "fieldError_invalid_choice",
  invalid_url: "fieldError_invalid_url",
  control_characters: "fieldError_control_characters",
  invalid_date: "fieldError_invalid_date",
  reload: "fieldError_reload",
  party_empty: "fieldError_party_empty",
  party_too_large: "fieldError_party_too_large",
  slot_unknown: "fieldError_slot_unknown",
  shift_duplicate: "fieldError_shift_duplicate",
  shift_unknown: "fieldError_shift_unknown",
  shift_started: "fieldError_shift_started",
  shift_held: "fieldError_shift_held",
  shift_overlap: "fieldError_shift_overlap",
  needs_food_hygiene: "fieldError_needs_food_hygiene",
  needs_driving_licence: "fieldError_needs_driving_licence",
  needs_introduction: "fieldError_needs_introduction",
  needs_min_age: "fieldError_needs_min_age",
  minimum_above_capacity: "fieldError_minimum_above_capacity",
  role_unknown: "fieldError_role_unknown",
  shift_out_of_range: "fieldError_shift_out_of_range",
  ends_before_start: "fieldError_ends_before_start",
  starts_in_past: "fieldError_starts_in_past",
  stop_unknown: "fieldError_stop_unknown",
  in_use: "fieldError_in_use",
  password_weak: "fieldError_password_weak",
  lock_breaks_rule: "fieldError_lock_breaks_rule",
};

/**
 * Codes whose words depend on which rule `params.rule` names: a Language Friend lock refused
 * because the two may not meet, are not free together, or the mentor is full.
 */
const ruleKeys: Partial<Record<FieldCode, Readonly<Record<string, AdminMessageKey>>>> = {
  lock_breaks_rule: {
    modes: "lockBreaks_modes",
    hours: "lockBreaks_hours",
    level: "lockBreaks_level",
    preference: "lockBreaks_preference",
    banned: "lockBreaks_banned",
    capacity: "lockBreaks_capacity",
    learner_twice: "lockBreaks_learner_twice",
    unknown_person: "lockBreaks_unknown_person",
  },
};

/** One field's problem in the dashboard's language, from the code the API sent. */
export function fieldIssueText(
  issue: FieldIssue,
  localize: AdminLocalizeController,
  english?: string,
): string {
  if (english && localize.locale === sourceLanguage) return english;
  const values = Object.fromEntries(
    Object.entries(issue.params ?? {}).map(([name, value]) => [
      name,
      typeof value === "number" ? localize.number(value) : value,
    ]),
  );
  const ruleKey = ruleKeys[issue.code]?.[String(issue.params?.rule ?? "")];
  return localize.t(ruleKey ?? fieldKeys[issue.code] ?? "fieldError_invalid", values);
}

/**
 * Field path → what is wrong, in the dashboard's language. The API's own words are English and
 * often more precise ("Name the place in at least one language."), so English readers get them.
 */
export function fieldErrorsOf(error: unknown, localize: AdminLocalizeController): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(
    Object.entries(error.fieldCodes).map(([path, issue]) => [
      path,
      (localize.locale === sourceLanguage && error.fields[path]) || fieldIssueText(issue, localize),
    ]),
  );
}

/** A failed load, with a way to try again. */
export function renderLoadError(
  error: unknown,
  localize: AdminLocalizeController,
  retry: () => void,
) {
  return html`<div class="alert" role="alert">
    <p>${errorText(error, localize)}</p>
    <button type="button" class="button" @click=${retry}>${localize.t("retry")}</button>
  </div>`;
}

export function renderLoading(localize: AdminLocalizeController) {
  return html`<p role="status">${localize.t("loading")}</p>`;
}

/**
 * "Someone else saved this": their edits stay on screen; reloading is their choice.
 * The focusable heading lets the view move focus here when the conflict happens.
 */
export function renderConflict(
  localize: AdminLocalizeController,
  conflict: boolean,
  reload: () => void,
) {
  if (!conflict) return nothing;
  return html`<div class="alert conflict" tabindex="-1">
    <p>${localize.t("conflictText")}</p>
    <button type="button" class="button secondary" @click=${reload}>
      ${localize.t("conflictReload")}
    </button>
  </div>`;
}
