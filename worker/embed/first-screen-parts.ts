import type { PublicEvent, SignUpSites } from "../../schema/contracts/events.js";
import { formatDateRange } from "../../i18n/format.js";
import { directionOf } from "../../i18n/languages.js";
import type { PageKey, PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";

/*
 * What the first screens of the events and visits lists share (`events-first-screen.ts`,
 * `visits-first-screen.ts`): each part is written as the widgets write it
 * (`widgets/shared/localized-element.ts`, `widgets/shared/event-list-paging.ts`).
 */

/** What a first screen is drawn for: the reader's words and time zone, the chosen filters. */
export interface FirstScreenOptions {
  words: PageWords;
  /** The reader's time zone: a date shows the zone's name when the event's differs. */
  readerZone: string;
  kind: string;
  region: string;
}

/**
 * The wrapper every widget draws (`part="base"`), marked for the widget to take it over;
 * `data` adds `data-*` attributes for the loader.
 */
export const openBase = (words: PageWords, data: Record<string, string> = {}) =>
  `<div part="base" class="base" lang="${e(words.locale)}" dir="${words.dir}" data-first-screen` +
  Object.entries(data)
    .map(([name, value]) => ` data-${name}="${e(value)}"`)
    .join("") +
  `>`;

export const option = (value: string, label: string, selected: boolean) =>
  `<option value="${e(value)}"${selected ? " selected" : ""}>${e(label)}</option>`;

/** "Show more …" under a list with another page. */
export const loadMoreButton = (label: string) =>
  `<button type="button" part="button" class="button secondary more">${e(label)}</button>`;

/**
 * A time span (an event's, or a time of it in the event's zone) as the widgets write it
 * (`LocalizeController.dateRange`): naming the zone when it is not the reader's.
 */
export const dateRangeOf = (
  range: Pick<PublicEvent, "startsAt" | "endsAt" | "timeZone">,
  options: Pick<FirstScreenOptions, "words" | "readerZone">,
  style?: "short",
) =>
  formatDateRange(
    options.words.locale,
    range.startsAt,
    range.endsAt,
    range.timeZone,
    options.readerZone,
    style,
  );

/**
 * What an event is about — its description, else its summary — as paragraphs in the language it
 * is written in, as `renderAbout` (`widgets/shared/content-text.ts`) draws it.
 */
export function about(event: PublicEvent): string {
  const { text, lang } = event.description
    ? { text: event.description, lang: event.langs.description }
    : { text: event.summary, lang: event.langs.summary };
  const paragraphs = text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => `<p>${e(paragraph)}</p>`)
    .join(" ");
  return `<div class="description" lang="${e(lang)}" dir="${directionOf(lang)}"> ${paragraphs} </div>`;
}

/** Each date a button that opens it, as the widget's series dates are (`series-dates.ts`). */
export const dateButtons = (
  dates: readonly PublicEvent[],
  options: Pick<FirstScreenOptions, "words" | "readerZone">,
) =>
  dates
    .map(
      (date) =>
        `<li><button type="button" class="date-button" data-event="${e(date.id)}">` +
        `${e(dateRangeOf(date, options, "short"))}</button></li>`,
    )
    .join("");

/** What a first screen with a sign-up form inside needs to draw it as the widget around it does. */
export interface InnerFormOptions {
  /** The organisation's slug. */
  org: string;
  /** The language the reader asked for, as the widget gives its form. */
  requested: string;
}

/**
 * An event's sign-up form inside a first screen (a festival's tickets, an event opened from a
 * list), as the widget around it draws it: the form's own first screen goes in it
 * (`header=form`), shown by the outer widget's show code.
 */
export const signupElement = (eventId: string, { org, requested }: InnerFormOptions) =>
  `<hearth-signup org="${e(org)}" event="${e(eventId)}" lang="${e(requested)}"` +
  ` exportparts="form, label, input, button, status, error"></hearth-signup>`;

/** "Spoken: Estonian, English", as the widgets write an event's languages. */
export const spokenLanguages = (event: PublicEvent, words: PageWords) =>
  words.t("spokenLanguages", {
    list: words.list(event.languages.map((code) => words.languageName(code))),
  });

/**
 * Where the organisation takes sign-ups, on a form's first screen (`openBase`'s `data`): on a
 * website they have not allowed, the loader leaves the screen to the widget, which says so.
 */
export const signUpSitesData = (sites: SignUpSites) => ({
  "signup-origins": sites.signupOrigins.join(" "),
  "signup-page": sites.signupPageUrl,
});

/** A form field as `renderField` (`widgets/signup/signup-fields.ts`) draws it before any error. */
export interface FieldOptions {
  name: string;
  label: PageKey;
  hint?: PageKey;
  type?: "email" | "tel" | "number";
  inputmode?: "numeric" | "email" | "tel";
  autocomplete?: string;
  value?: string;
  multiline?: boolean;
}

export const optionalAttribute = (name: string, value: string | undefined) =>
  value ? ` ${name}="${e(value)}"` : "";

/** Label, hint and control, tied with ids. */
export function formField(options: FieldOptions, words: PageWords): string {
  const { name } = options;
  const number = options.type === "number";
  const described = optionalAttribute("aria-describedby", options.hint ? `${name}-hint` : "");
  const control = options.multiline
    ? `<textarea part="input" id="${name}" name="${name}" rows="2" dir="auto"${described} aria-invalid="false"></textarea>`
    : `<input part="input" id="${name}" name="${name}" type="${options.type ?? "text"}"` +
      ` dir="${number ? "ltr" : "auto"}" value="${e(options.value ?? "")}"` +
      (number ? ` min="0" max="50"` : "") +
      optionalAttribute("inputmode", options.inputmode) +
      optionalAttribute("autocomplete", options.autocomplete) +
      `${described} aria-invalid="false">`;
  return (
    `<div class="field ${number ? "short" : ""}">` +
    `<label part="label" for="${name}">${e(words.t(options.label))}</label>` +
    (options.hint
      ? `<p id="${name}-hint" class="hint muted">${e(words.t(options.hint))}</p>`
      : "") +
    `${control}</div>`
  );
}

/** Email and phone; `emailHint` says what the email is for. */
export const reachFields = (words: PageWords, emailHint: PageKey = "emailHint") =>
  formField(
    {
      name: "email",
      label: "email",
      hint: emailHint,
      type: "email",
      inputmode: "email",
      autocomplete: "email",
    },
    words,
  ) +
  formField(
    { name: "phone", label: "phone", type: "tel", inputmode: "tel", autocomplete: "tel" },
    words,
  );

/**
 * Name, email and phone, as every public form asks them; `emailHint` says what the email is for
 * (a volunteer's coordinators write to it; a sign-up's confirmation goes to it).
 */
export const contactFields = (words: PageWords, emailHint: PageKey = "emailHint") =>
  formField({ name: "name", label: "name", hint: "nameHint", autocomplete: "nickname" }, words) +
  reachFields(words, emailHint);

/** The consent box, saying how many days after the event the answers are erased. */
export const consentField = (retentionDays: number, words: PageWords) =>
  `<div class="field consent"><label class="choice">` +
  `<input part="input" type="checkbox" id="consent" name="consent" value="yes" aria-invalid="false"> ` +
  `<span part="label">${e(words.plural("consent", retentionDays))}</span></label></div>`;

/**
 * What a first screen's submit button says while its form is on its way (`sending`), when no
 * answer comes, and when the answer cannot be read (`first-screen-show.ts`), as its attributes.
 */
export const sendingWords = (sending: PageKey, words: PageWords) =>
  ` data-sending="${e(words.t(sending))}" data-stalled="${e(words.t("errorNetwork"))}"` +
  ` data-failed="${e(words.t("errorGeneric"))}"`;

/** A form's submit button on a first screen, with its words while the form is on its way. */
export const sendButton = (label: string, words: PageWords) =>
  `<button part="button" class="button submit" type="submit"${sendingWords("submitting", words)}>` +
  `${e(label)}</button>`;

/** A trap for bots, as every public form draws it: people never see or reach it. */
export const botTrap =
  `<div class="trap" aria-hidden="true"><label for="website">Website</label> ` +
  `<input id="website" name="website" tabindex="-1" autocomplete="off"></div>`;

/** A form's live regions, empty until an answer comes (`widgets/shared/live-regions.ts`). */
export const liveRegions =
  `<div part="status" class="status" role="status"></div>` +
  `<div part="error" class="error-box" role="alert"></div>`;
