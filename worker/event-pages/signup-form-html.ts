import { directionOf } from "../../i18n/languages.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import { escapeHtml } from "../messages/html.js";
import { formatEventTime } from "../messages/format.js";
import { choiceGroup, errorHtml, fieldId, invalid, textField } from "./field-html.js";
import type { FormProblems } from "./form-errors.js";
import type { FormValues } from "./form-values.js";
import { answerFieldName } from "./form-values.js";
import { waitlistAhead } from "../../schema/rules/waitlist.js";
import { takesSignUps } from "./page-state.js";
import type { PageWords } from "./page-words.js";
import { placesText } from "./places-words.js";
import { renderQuestionFields } from "./question-fields-html.js";
import type { SignupWidget } from "./signup-widget-html.js";
import { signupWidgetHtml } from "./signup-widget-html.js";

export interface SignupFormView {
  event: PublicEvent;
  /** The times the form offers (attendee times). */
  slots: readonly PublicSlot[];
  questions: readonly PublicQuestion[];
  values: FormValues;
  problems: FormProblems;
  /** The form's token (its Idempotency-Key), kept across a refusal so a resend is the same sign-up. */
  token: string;
  action: string;
  words: PageWords;
  /** When set, the form is the content of `<hearth-signup>`, which takes over when scripts run. */
  widget?: SignupWidget;
}

/** Fields in form order, for the summary of errors at the top. */
function fieldOrder(questions: readonly PublicQuestion[]): string[] {
  return [
    "slotId",
    "adults",
    "children",
    "name",
    "email",
    "phone",
    "interpreterLanguage",
    "accessibility",
    "dietary",
    ...questions.map(answerFieldName),
    "consent",
  ];
}

/**
 * Above the form after a refusal: what is wrong, each line a link to its field (WCAG 3.3.1, as
 * GOV.UK's error summary). Focused on arrival (`autofocus`), so a screen reader starts there.
 */
function errorSummary(view: SignupFormView): string {
  const { problems, words } = view;
  const listed = fieldOrder(view.questions).filter((name) => problems.fields[name]);
  if (listed.length === 0 && !problems.form) return "";
  const heading = listed.length > 0 ? words.t("formHasErrors") : (problems.form ?? "");
  const items = listed
    .map(
      (name) =>
        `<li><a href="#${fieldId(name)}">${escapeHtml(problems.fields[name] ?? "")}</a></li>`,
    )
    .join("\n");
  return (
    `<div class="notice alert" id="problems" tabindex="-1" autofocus>\n` +
    `<h2>${escapeHtml(heading)}</h2>\n` +
    (items ? `<ul>\n${items}\n</ul>\n` : "") +
    `</div>\n`
  );
}

/** One time needs no choice; several are radio buttons with their time and places left. */
function slotChoice(view: SignupFormView): string {
  const { slots, values, words, event, problems } = view;
  const [only] = slots;
  if (slots.length === 1 && only) {
    return `<input type="hidden" name="slotId" value="${escapeHtml(only.id)}">\n`;
  }
  return choiceGroup({
    name: "slotId",
    legendHtml: escapeHtml(words.t("slotLegend")),
    type: "radio",
    error: problems.fields.slotId,
    options: slots.map((slot) => ({
      value: slot.id,
      checked: slot.id === values.slotId,
      disabled: !takesSignUps(slot),
      labelHtml:
        `<span lang="${escapeHtml(slot.labelLang)}" dir="${directionOf(slot.labelLang)}">${escapeHtml(slot.label)}</span>` +
        `<span class="muted">${escapeHtml(formatEventTime(Date.parse(slot.startsAt), Date.parse(slot.endsAt), event.timeZone, words.locale))}</span>` +
        `<span>${escapeHtml(placesText(slot, words))}</span>`,
    })),
  });
}

function consentField(view: SignupFormView): string {
  const { words, values, problems, event } = view;
  const error = problems.fields.consent;
  return (
    `<div class="field">\n` +
    errorHtml("consent", error) +
    `<label class="choice"><input type="checkbox" id="consent" name="consent" value="yes"` +
    (values.consent ? " checked" : "") +
    (error ? ` aria-describedby="consent-error"` : "") +
    invalid(error) +
    `><span>${escapeHtml(words.plural("consent", event.retentionDays))}</span></label>\n</div>\n`
  );
}

/**
 * The sign-up form as plain HTML: it posts back to the page (`application/x-www-form-urlencoded`)
 * and works without JavaScript. The widget's fields, names and words; answers kept and each error
 * beside its field after a refusal. Worded for the waitlist when that is where sending leads.
 */
export function renderSignupForm(view: SignupFormView): string {
  const { words, values, problems } = view;
  const ahead = waitlistAhead(view.slots, values.slotId);
  const field = (options: Parameters<typeof textField>[0]) =>
    textField({ ...options, error: problems.fields[options.name] });
  const needsOpen =
    Boolean(values.interpreterLanguage || values.accessibility || values.dietary) ||
    Boolean(
      problems.fields.interpreterLanguage ||
      problems.fields.accessibility ||
      problems.fields.dietary,
    );
  const form =
    errorSummary(view) +
    `<form method="post" action="${escapeHtml(view.action)}" novalidate>\n` +
    slotChoice(view) +
    (ahead === null
      ? ""
      : `<p class="notice">${escapeHtml(ahead === 0 ? words.t("signupFullFirst") : words.plural("signupFullAhead", ahead))}</p>\n`) +
    field({
      name: "adults",
      label: words.t("adults"),
      hint: words.t("partyHint"),
      value: values.adults,
      numeric: "numeric",
      className: "short",
    }) +
    field({
      name: "children",
      label: words.t("children"),
      value: values.children,
      numeric: "numeric",
      className: "short",
    }) +
    field({
      name: "name",
      label: words.t("name"),
      hint: words.t("nameHint"),
      value: values.name,
      autocomplete: "nickname",
      required: true,
    }) +
    field({
      name: "email",
      label: words.t("email"),
      hint: words.t("emailHint"),
      value: values.email,
      type: "email",
      autocomplete: "email",
    }) +
    field({
      name: "phone",
      label: words.t("phone"),
      value: values.phone,
      type: "tel",
      autocomplete: "tel",
    }) +
    `<details${needsOpen ? " open" : ""}>\n<summary>${escapeHtml(words.t("needs"))}</summary>\n` +
    `<p class="hint">${escapeHtml(words.t("needsHint"))}</p>\n` +
    field({
      name: "interpreterLanguage",
      label: words.t("interpreterLanguage"),
      value: values.interpreterLanguage,
    }) +
    field({
      name: "accessibility",
      label: words.t("accessibilityNeeds"),
      value: values.accessibility,
      multiline: true,
    }) +
    field({ name: "dietary", label: words.t("dietary"), value: values.dietary, multiline: true }) +
    `</details>\n` +
    renderQuestionFields(view.questions, values, problems.fields, words) +
    consentField(view) +
    // A trap for bots: people never see or reach it, so it stays empty.
    `<div class="trap" aria-hidden="true"><label for="website">Website</label>` +
    `<input id="website" name="website" tabindex="-1" autocomplete="off"></div>\n` +
    `<input type="hidden" name="form" value="${escapeHtml(view.token)}" autocomplete="off">\n` +
    `<button type="submit" class="button">${escapeHtml(words.t(ahead === null ? "submit" : "signupJoinWaitlist"))}</button>\n` +
    `</form>\n`;
  return (
    `<section aria-labelledby="signup-heading">\n` +
    `<h2 id="signup-heading">${escapeHtml(words.t(ahead === null ? "signupHeading" : "signupJoinWaitlist"))}</h2>\n` +
    (view.widget ? signupWidgetHtml(view.widget, form) : form) +
    `</section>\n`
  );
}
