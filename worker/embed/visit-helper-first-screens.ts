import type { EventDetailResponse } from "../../schema/contracts/events.js";
import { hostStopChoices } from "../../schema/rules/visit-ways.js";
import { formatClockTime } from "../../i18n/clock-time.js";
import type { PageWords } from "../event-pages/page-words.js";
import { formField as field, reachFields } from "./first-screen-parts.js";
import { languageChoices, selectField, visitFormScreen } from "./visit-form-parts.js";

/*
 * The first screens of the forms of people who help on a visit — a host meeting the group at one
 * stop (`<hearth-visit-host-form>`), a volunteer interpreter (`<hearth-visit-interpreter-form>`)
 * — which a visit opened on the visits list's first screen unfolds, drawn here so that they can be
 * filled in and sent before the widget's code has come (`visit-helper-first-screen-send.ts`). The
 * markup is the widget's (`widgets/visits/visit-host-form.ts`, `visit-interpreter-form.ts`), so
 * nothing moves when the widget takes a form over.
 */

/** The stop to host, what they offer the group, and how many of them come. */
export function renderVisitHostFirstScreen(
  detail: EventDetailResponse,
  { words }: { words: PageWords },
): string {
  const visit = detail.event;
  const stops = selectField(words, {
    name: "slotId",
    label: "hostStop",
    choose: "hostStopChoose",
    choices: hostStopChoices(visit).map(({ value, arrivesAt, place, disabled }) => ({
      value,
      label: `${formatClockTime(words.locale, arrivesAt, visit.timeZone)} · ${place}`,
      disabled,
    })),
  });
  const fields =
    stops +
    field(
      { name: "name", label: "hostName", hint: "nameHint", autocomplete: "organization" },
      words,
    ) +
    field({ name: "offer", label: "hostOffer", hint: "hostOfferHint", multiline: true }, words) +
    field(
      { name: "adults", label: "hostPeople", type: "number", inputmode: "numeric", value: "1" },
      words,
    ) +
    reachFields(words);
  return visitFormScreen(detail, words, { audience: "host", fields, send: "sendHost" });
}

/** The interpreter's name and the languages they interpret between. */
export function renderVisitInterpreterFirstScreen(
  detail: EventDetailResponse,
  { words }: { words: PageWords },
): string {
  const fields =
    field(
      { name: "name", label: "interpreterName", hint: "nameHint", autocomplete: "nickname" },
      words,
    ) +
    languageChoices(words, { legend: "interpreterLanguages", hint: "interpreterLanguagesHint" }) +
    reachFields(words);
  return visitFormScreen(detail, words, {
    audience: "interpreter",
    fields,
    send: "sendInterpreter",
  });
}
