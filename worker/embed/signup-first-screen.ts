import type { EventDetailResponse, PublicEvent } from "../../schema/contracts/events.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import { placesMessage } from "../../schema/rules/availability.js";
import { questionsFor } from "../../schema/rules/questions-asked.js";
import { waitlistAhead } from "../../schema/rules/waitlist.js";
import { directionOf } from "../../i18n/languages.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import {
  consentField,
  contactFields,
  dateRangeOf,
  formField as field,
  liveRegions,
  openBase,
  optionalAttribute,
  botTrap,
  sendButton,
  signUpSitesData,
} from "./first-screen-parts.js";
import { wordedPlaces } from "../event-pages/places-words.js";

/*
 * The first screen of `<hearth-signup>`: the event's title and date and its sign-up form, made
 * here so that a reader on a slow phone can start filling it in before the widget's code has
 * arrived. The loader puts it in the element's shadow root with the form's own styles
 * (`widgets/signup/first-screen-show.ts`); what is typed, ticked, unfolded and focused carries
 * over when the widget takes the form over. A form sent meanwhile sends itself (`data-sends`, to
 * `signup-first-screen-send.ts`), except for every date of a series (`data-widget-sends`), which
 * the widget sends when it comes (`widgets/signup/signup.ts`). The markup is the widget's (`signup-form.ts`, `signup-fields.ts`,
 * `signup-questions.ts`) with the same classes, parts, ids and names, so nothing moves; the
 * end-to-end test `tests/e2e/first-screens.test.mjs` compares the two.
 */

interface SignupScreen {
  event: PublicEvent;
  words: PageWords;
  readerZone: string;
}

/** One time needs no choice; several are a radio group with each one's places left. */
function slots(screen: SignupScreen): string {
  const { event, words } = screen;
  const [only] = event.slots;
  if (event.slots.length === 1 && only) {
    return `<input type="hidden" name="slotId" value="${e(only.id)}">`;
  }
  const choices = event.slots
    .map((slot) => {
      const places = wordedPlaces(placesMessage(slot), words);
      return (
        `<label class="choice"><input type="radio" name="slotId" value="${e(slot.id)}"` +
        `${places.tone === "closed" ? " disabled" : ""} aria-invalid="false"> <span>` +
        `<span class="choice-label" lang="${e(slot.labelLang)}" dir="${directionOf(slot.labelLang)}">${e(slot.label)}</span> ` +
        `<span class="muted">${e(dateRangeOf({ ...slot, timeZone: screen.event.timeZone }, screen))}</span> ` +
        `<span class="availability ${places.tone}">${e(places.text)}</span></span></label>`
      );
    })
    .join(" ");
  return (
    `<fieldset class="slots"><legend part="label">${e(words.t("slotLegend"))}</legend> ` +
    `${choices}</fieldset>`
  );
}

const questionId = (question: PublicQuestion) => `q-${question.id.replace(/[^\w-]/g, "-")}`;

/** The organisers' words in the language they wrote them in, then "(optional)" in the reader's. */
const questionLabel = (question: PublicQuestion, words: PageWords) =>
  `<span lang="${e(question.labelLang)}" dir="auto">${e(question.label)}</span>` +
  (question.required ? "" : ` ${e(words.t("questionOptional"))}`);

/** One of the organisers' questions, as `signup-questions.ts` draws it before any answer. */
export function question(asked: PublicQuestion, words: PageWords): string {
  const id = questionId(asked);
  const name = `answers.${asked.id}`;
  const hints =
    (asked.sensitive
      ? `<p id="${id}-note" class="hint muted">${e(words.t("questionSensitiveNote"))}</p>`
      : "") +
    (asked.kind === "many_choices"
      ? `<p id="${id}-many" class="hint muted">${e(words.t("questionManyHint"))}</p>`
      : "");
  const described = optionalAttribute(
    "aria-describedby",
    [asked.sensitive ? `${id}-note` : "", asked.kind === "many_choices" ? `${id}-many` : ""]
      .filter(Boolean)
      .join(" "),
  );
  if (asked.kind === "one_choice" || asked.kind === "many_choices" || asked.kind === "yes_no") {
    const options =
      asked.kind === "yes_no"
        ? [
            { id: "yes", label: words.t("questionYes"), lang: "" },
            { id: "no", label: words.t("questionNo"), lang: "" },
          ]
        : asked.choices.map((choice) => ({ ...choice, lang: asked.labelLang }));
    const type = asked.kind === "many_choices" ? "checkbox" : "radio";
    const choices = options
      .map(
        (option) =>
          `<label class="choice"><input part="input" type="${type}" name="${e(name)}" value="${e(option.id)}" aria-invalid="false"> ` +
          `<span${option.lang ? ` lang="${e(option.lang)}" dir="auto"` : ""}>${e(option.label)}</span></label>`,
      )
      .join(" ");
    return (
      `<fieldset class="question choices"${described}>` +
      `<legend part="label">${questionLabel(asked, words)}</legend> ${hints} ${choices}</fieldset>`
    );
  }
  const required = asked.required ? ` aria-required="true"` : "";
  const control =
    asked.kind === "long_text"
      ? `<textarea part="input" id="${id}" name="${e(name)}" rows="3" dir="auto"${required}${described} aria-invalid="false"></textarea>`
      : `<input part="input" id="${id}" name="${e(name)}" type="text" dir="${asked.kind === "number" ? "ltr" : "auto"}"` +
        `${asked.kind === "number" ? ` inputmode="decimal"` : ""} autocomplete="off"${required}${described} aria-invalid="false">`;
  return (
    `<div class="field question"><label part="label" for="${id}">${questionLabel(asked, words)}</label>` +
    ` ${hints} ${control}</div>`
  );
}

/**
 * A series taking sign-ups for every coming date: the choice above the submit button, this date
 * alone chosen (`series-signup.ts`).
 */
function seriesChoice(screen: SignupScreen): string {
  const { event, words } = screen;
  const { series } = event;
  if (!series?.blockSignup || series.position >= series.total) return "";
  const date = dateRangeOf(event, screen, "short");
  return (
    `<fieldset class="choices series-choice"><legend part="label">${e(words.t("seriesChoiceLegend"))}</legend> ` +
    `<label class="choice"><input part="input" type="radio" name="seriesDates" value="one" checked> ` +
    `<span>${e(words.t("seriesOnlyThisDate", { date }))}</span></label> ` +
    `<label class="choice"><input part="input" type="radio" name="seriesDates" value="every" aria-describedby="series-every-hint" data-widget-sends> ` +
    `<span>${e(words.t("seriesEveryDate"))}</span></label> ` +
    `<p id="series-every-hint" class="hint muted">${e(words.t("seriesEveryDateHint"))}</p></fieldset>`
  );
}

function form(screen: SignupScreen, heading: boolean): string {
  const { event, words } = screen;
  const ahead = waitlistAhead(event.slots, undefined);
  const waitlist = ahead !== null;
  return (
    `<form part="form" class="form" novalidate data-sends>` +
    (heading ? `<h3>${e(words.t(waitlist ? "signupJoinWaitlist" : "signupHeading"))}</h3>` : "") +
    slots(screen) +
    (waitlist
      ? `<p part="notice" class="notice waitlist">${e(ahead === 0 ? words.t("signupFullFirst") : words.plural("signupFullAhead", ahead))}</p>`
      : "") +
    `<div class="party">` +
    field(
      {
        name: "adults",
        label: "adults",
        hint: "partyHint",
        type: "number",
        inputmode: "numeric",
        value: "1",
      },
      words,
    ) +
    field(
      { name: "children", label: "children", type: "number", inputmode: "numeric", value: "0" },
      words,
    ) +
    `</div>` +
    contactFields(words) +
    `<details class="needs"><summary>${e(words.t("needs"))}</summary>` +
    `<p class="muted">${e(words.t("needsHint"))}</p>` +
    field({ name: "interpreterLanguage", label: "interpreterLanguage" }, words) +
    field({ name: "accessibility", label: "accessibilityNeeds", multiline: true }, words) +
    field({ name: "dietary", label: "dietary", multiline: true }, words) +
    `</details>` +
    questionsFor(event, undefined)
      .map((asked) => question(asked, words))
      .join("") +
    consentField(event.retentionDays, words) +
    botTrap +
    seriesChoice(screen) +
    sendButton(words.t(waitlist ? "signupJoinWaitlist" : "submit"), words) +
    `</form>`
  );
}

/**
 * The widget's view of an event before anyone has answered: its header (left out with
 * `header: false`, as `no-header` and a page that shows the event do; the form's own heading with
 * `heading: false`, as `no-header` does), the empty live regions, and the form, or the plain
 * "closed" line when it takes no sign-ups. Where the organisation takes sign-ups
 * (`data-signup-origins`, `data-signup-page`) rides along: on a website they have not allowed,
 * the loader leaves the screen to the widget, which says so.
 */
export function renderSignupFirstScreen(
  detail: EventDetailResponse,
  options: { words: PageWords; readerZone: string; header: boolean; heading: boolean },
): string {
  const { event } = detail;
  const { words } = options;
  const screen: SignupScreen = { event, words, readerZone: options.readerZone };
  const open = event.signupOpen && event.status === "published";
  const header = options.header
    ? `<header class="event"><h2 lang="${e(event.langs.title)}" dir="${directionOf(event.langs.title)}">${e(event.title)}</h2>` +
      `<p>${e(dateRangeOf(event, screen))}</p></header>`
    : "";
  return (
    openBase(words, signUpSitesData(detail)) +
    header +
    liveRegions +
    (open ? form(screen, options.heading) : `<p>${e(words.t("errorClosed"))}</p>`) +
    `</div>`
  );
}
