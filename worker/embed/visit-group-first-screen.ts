import type { EventDetailResponse, PublicEvent } from "../../schema/contracts/events.js";
import { formatClockTime } from "../../i18n/clock-time.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import { formField as field } from "./first-screen-parts.js";
import { languageChoices, selectField, visitFormScreen } from "./visit-form-parts.js";

/*
 * The first screen of `<hearth-visit-group-form>`: seats on a visit for a group or a family, the
 * form a visit opened on the visits list's first screen unfolds (`visit-details-first-screen.ts`),
 * drawn here so that it can be filled in and sent before the widget's code has come. It sends
 * itself (`data-sends`, to `visit-group-first-screen-send.ts`). The markup is the widget's
 * (`widgets/visits/visit-group-form.ts`, `visit-form.ts`, `visit-fields.ts`) with the same
 * classes, parts, ids and names, so nothing moves when the widget takes it over.
 */

/** Where the bus picks the group up. */
function pickupPoints(visit: PublicEvent, words: PageWords): string {
  if (visit.pickupPoints.length === 0) return "";
  return selectField(words, {
    name: "pickupPointId",
    label: "pickupPoint",
    choose: "pickupChoose",
    choices: visit.pickupPoints.map((point) => ({
      value: point.id,
      label: words.t("pickupAt", {
        place: point.name,
        time: formatClockTime(words.locale, point.departsAt, visit.timeZone),
      }),
    })),
  });
}

function fields(visit: PublicEvent, words: PageWords): string {
  const number = { type: "number", inputmode: "numeric" } as const;
  return (
    `<div class="party">` +
    field(
      { name: "adults", label: "adults", hint: "groupAdultsHint", ...number, value: "1" },
      words,
    ) +
    field({ name: "children", label: "children", ...number, value: "0" }, words) +
    `</div>` +
    pickupPoints(visit, words) +
    languageChoices(words, { legend: "groupLanguages" }) +
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
    `</details>`
  );
}

/**
 * The group form before anyone has answered (`visitFormScreen`). The visit's page unfolds it only
 * while the visit takes groups; one sent after that is refused with the reason, as the widget's is.
 */
export const renderVisitGroupFirstScreen = (
  detail: EventDetailResponse,
  { words }: { words: PageWords },
) =>
  visitFormScreen(detail, words, {
    audience: "visitor",
    fields: fields(detail.event, words),
    send: "sendGroup",
  });
