import type { AdminRole } from "../../../schema/contracts/admin/volunteers.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminStop } from "../../../schema/contracts/admin/visits.js";
import type { EventKind } from "../../../schema/contracts/events.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { renderLanguageFields } from "../shared/language-fields.js";
import type { EventDraft, TranslatedField } from "./draft.js";
import { translatedFields } from "./draft.js";
import { renderSlots } from "./slot-fields.js";
import { renderWaitlistOffer } from "./waitlist-offer-fields.js";

export interface FieldsContext {
  draft: EventDraft;
  errors: FieldErrors;
  /** The organisation's content languages, default first. */
  locales: readonly string[];
  localize: AdminLocalizeController;
  disabled: boolean;
  /** A visit's saved itinerary: host places are chosen per stop. */
  stops: readonly AdminStop[];
  /** The organisation's volunteer roles: volunteer shifts pick one. */
  roles: readonly AdminRole[];
}

const timeZones =
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

const kinds: readonly EventKind[] = ["meetup", "course", "visit", "festival"];

const labelKeys = {
  title: "fieldTitle",
  summary: "fieldSummary",
  description: "fieldDescription",
  accessibilityNotes: "fieldAccessibility",
  whatToBring: "fieldWhatToBring",
} as const;

function missingBadge(localize: AdminLocalizeController) {
  return html`<span class="badge missing">${localize.t("missing")}</span>`;
}

/** One of the event's texts in every language of the organisation, side by side. */
export function renderTranslations(context: FieldsContext, field: TranslatedField) {
  const { localize } = context;
  return renderLanguageFields({
    name: field,
    legend: localize.t(labelKeys[field]),
    values: context.draft[field],
    locales: context.locales,
    errors: context.errors,
    localize,
    multiline: field === "description" || field === "accessibilityNotes" || field === "whatToBring",
    ...(field === "whatToBring" ? { hint: localize.t("fieldWhatToBringHint") } : {}),
    disabled: context.disabled,
    extraFor: (_, value) => (field === "title" && !value.trim() ? missingBadge(localize) : nothing),
  });
}

export function renderGeneralFields(context: FieldsContext) {
  const { localize, draft, errors, disabled } = context;
  const t = localize.t.bind(localize);
  const field = (
    name: keyof EventDraft,
    label: string,
    extra: Partial<Parameters<typeof renderField>[0]> = {},
  ) =>
    renderField({
      name,
      label,
      value: String(draft[name]),
      error: errors[name],
      disabled,
      ...extra,
    });
  return html`<div class="fields">
      <div class="field">
        <label for="f-kind">${t("fieldKind")}</label>
        <select id="f-kind" name="kind" ?disabled=${disabled}>
          ${kinds.map(
            (kind) =>
              html`<option value=${kind} ?selected=${kind === draft.kind}>
                ${t(`kind_${kind}`)}
              </option>`,
          )}
        </select>
      </div>
      ${field("venueName", t("fieldVenue"))} ${field("venueAddress", t("fieldAddress"))}
      ${field("region", t("fieldRegion"))}
      ${field("onlineUrl", t("fieldOnlineUrl"), { type: "url", hint: t("fieldOnlineUrlHint") })}
      ${field("feedbackUrl", t("fieldFeedbackUrl"), { type: "url", hint: t("fieldFeedbackUrlHint") })}
      ${field("dayContact", t("fieldDayContact"), { hint: t("fieldDayContactHint"), autocomplete: "off" })}
    </div>
    <fieldset>
      <legend>${t("whenLegend")}</legend>
      <div class="fields">
        ${field("timeZone", t("fieldTimeZone"), { hint: t("fieldTimeZoneHint"), list: "time-zones" })}
        ${field("startsAt", t("fieldStartsAt"), { type: "datetime-local" })}
        ${field("endsAt", t("fieldEndsAt"), { type: "datetime-local" })}
        ${field("signupOpensAt", t("fieldSignupOpens"), { type: "datetime-local", hint: t("optional") })}
        ${field("signupClosesAt", t("fieldSignupCloses"), { type: "datetime-local", hint: t("optional") })}
      </div>
    </fieldset>
    ${renderWaitlistOffer(context)}
    <div class="fields">
      ${field("languages", t("fieldLanguages"), { hint: t("codesHint") })}
      ${field("interpretation", t("fieldInterpretation"), { hint: t("codesHint") })}
    </div>`;
}

/**
 * Every field of the event form in order: the texts per language, the general fields with the
 * time zones they suggest, then the slots.
 */
export function renderEventFields(
  context: FieldsContext,
  slotActions: Parameters<typeof renderSlots>[1],
) {
  return html`${translatedFields.map((field) => renderTranslations(context, field))}
    ${renderGeneralFields(context)}
    <datalist id="time-zones">
      ${timeZones.map((zone) => html`<option value=${zone}></option>`)}
    </datalist>
    ${renderSlots(context, slotActions)}`;
}
