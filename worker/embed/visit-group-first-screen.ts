import type { EventDetailResponse, PublicEvent } from "../../schema/contracts/events.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import { visitLanguages } from "../../schema/rules/visit-languages.js";
import { formatClockTime } from "../../i18n/clock-time.js";
import { directionOf } from "../../i18n/languages.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import {
  botTrap,
  consentField,
  formField as field,
  liveRegions,
  openBase,
  option,
  sendButton,
  signUpSitesData,
} from "./first-screen-parts.js";
import { question } from "./signup-first-screen.js";

/*
 * The first screen of `<hearth-visit-group-form>`: seats on a visit for a group or a family, the
 * form a visit opened on the visits list's first screen unfolds (`visit-details-first-screen.ts`),
 * drawn here so that it can be filled in and sent before the widget's code has come. It sends
 * itself (`data-sends`, to `visit-group-first-screen-send.ts`). The markup is the widget's
 * (`widgets/visits/visit-group-form.ts`, `visit-form.ts`, `visit-fields.ts`) with the same
 * classes, parts, ids and names, so nothing moves when the widget takes it over.
 */

/** The organisers' questions a group is asked: theirs, and those for everyone. */
export const groupQuestions = (visit: PublicEvent): PublicQuestion[] =>
  visit.questions.filter((asked) => asked.audience === null || asked.audience === "visitor");

/** Where the bus picks the group up, with a first "Choose …" so nothing is picked by accident. */
function pickupPoints(visit: PublicEvent, words: PageWords): string {
  if (visit.pickupPoints.length === 0) return "";
  const choices = visit.pickupPoints.map((point) =>
    option(
      point.id,
      words.t("pickupAt", {
        place: point.name,
        time: formatClockTime(words.locale, point.departsAt, visit.timeZone),
      }),
      false,
    ),
  );
  return (
    `<div class="field"><label part="label" for="pickupPointId">${e(words.t("pickupPoint"))}</label>` +
    `<select part="input" id="pickupPointId" name="pickupPointId" aria-invalid="false">` +
    `<option value="">${e(words.t("pickupChoose"))}</option>${choices.join("")}</select></div>`
  );
}

/** The languages the group speaks, each named in its own language and script. */
function languages(words: PageWords): string {
  const choices = visitLanguages.map(
    ({ code, name }) =>
      `<label class="choice"><input part="input" type="checkbox" name="languages" value="${e(code)}" aria-invalid="false"> ` +
      `<span lang="${e(code)}" dir="${directionOf(code)}">${e(name)}</span></label>`,
  );
  return (
    `<fieldset class="group"><legend part="label">${e(words.t("groupLanguages"))}</legend> ` +
    `<div class="language-choices">${choices.join(" ")}</div></fieldset>`
  );
}

function form(visit: PublicEvent, words: PageWords): string {
  const number = { type: "number", inputmode: "numeric" } as const;
  return (
    `<form part="form" class="form" novalidate data-sends>` +
    `<div class="party">` +
    field(
      { name: "adults", label: "adults", hint: "groupAdultsHint", ...number, value: "1" },
      words,
    ) +
    field({ name: "children", label: "children", ...number, value: "0" }, words) +
    `</div>` +
    pickupPoints(visit, words) +
    languages(words) +
    field(
      { name: "name", label: "contactName", hint: "contactNameHint", autocomplete: "name" },
      words,
    ) +
    field(
      {
        name: "phone",
        label: "contactPhone",
        hint: "contactPhoneHint",
        type: "tel",
        inputmode: "tel",
        autocomplete: "tel",
      },
      words,
    ) +
    field(
      {
        name: "email",
        label: "email",
        hint: "emailHint",
        type: "email",
        inputmode: "email",
        autocomplete: "email",
      },
      words,
    ) +
    `<details class="needs"><summary>${e(words.t("needs"))}</summary>` +
    `<p class="muted">${e(words.t("groupNeedsHint"))}</p>` +
    field({ name: "interpreterLanguage", label: "interpreterLanguage" }, words) +
    field({ name: "wheelchairPlaces", label: "wheelchairPlaces", ...number, value: "0" }, words) +
    field({ name: "accessibility", label: "accessibilityNeeds", multiline: true }, words) +
    field({ name: "dietary", label: "dietary", multiline: true }, words) +
    `</details>` +
    groupQuestions(visit)
      .map((asked) => question(asked, words))
      .join("") +
    consentField(visit.retentionDays, words) +
    botTrap +
    sendButton(words.t("sendGroup"), words) +
    `</form>`
  );
}

/**
 * The group form before anyone has answered: the empty live regions and the form, and where the
 * organisation takes sign-ups (on a website they have not allowed, the loader leaves the form to
 * the widget, which says so). The visit's page unfolds it only while the visit takes groups; one
 * sent after that is refused with the reason, as the widget's is.
 */
export function renderVisitGroupFirstScreen(
  detail: EventDetailResponse,
  { words }: { words: PageWords },
): string {
  return (
    openBase(words, signUpSitesData(detail)) + liveRegions + form(detail.event, words) + `</div>`
  );
}
