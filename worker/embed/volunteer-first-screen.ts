import type { PublicRole, PublicShift, ShiftsResponse } from "../../schema/contracts/volunteers.js";
import { requirementMessages } from "../../schema/rules/role-requirements.js";
import { groupShifts } from "../../schema/rules/shift-days.js";
import { visitLanguages } from "../../schema/rules/visit-languages.js";
import { formatNumber } from "../../i18n/format.js";
import { directionOf } from "../../i18n/languages.js";
import { formatShiftDay, formatShiftHours } from "../../i18n/shift-time.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import {
  consentField,
  contactFields,
  liveRegions,
  openBase,
  sendButton,
  signUpSitesData,
} from "./first-screen-parts.js";

/*
 * The first screen of `<hearth-volunteer>`: the shifts to pick from by day and role, "about you"
 * and the button that sends them, as the widget draws them (`widgets/volunteer/
 * volunteer-shift-form.ts`, `volunteer-shifts.ts`, `volunteer-form.ts`). Made here so a
 * volunteer on a slow phone can start picking before the widget's code has arrived; what they
 * tick and type carries over when the widget takes the screen over. Sent meanwhile, the form
 * sends itself (`data-sends`, to `volunteer-first-screen-send.ts`) unless a ticked shift's role
 * asks for a declaration or an age, which the widget asks and sends when it comes.
 * Where the organisation takes sign-ups rides along: on a website they have not allowed, the
 * loader leaves the screen to the widget, which says so.
 */

interface VolunteerScreen {
  words: PageWords;
  readerZone: string;
}

/**
 * One shift to tick. A role that asks for a declaration or an age is for the widget to send (it
 * asks those questions once such a shift is ticked): ticked, it keeps the form from sending
 * itself (`data-widget-sends`).
 */
function shiftItem(
  shift: PublicShift,
  asks: boolean,
  { words, readerZone }: VolunteerScreen,
): string {
  const full = shift.remaining <= 0;
  const need = full
    ? words.t("full")
    : words.t("volunteerTaken", {
        taken: formatNumber(words.locale, shift.taken),
        capacity: formatNumber(words.locale, shift.capacity),
      });
  const label = shift.label
    ? ` <span class="muted" lang="${e(shift.langs.label)}" dir="${directionOf(shift.langs.label)}">${e(shift.label)}</span>`
    : "";
  return (
    `<li class="shift"><label class="choice">` +
    `<input part="input" type="checkbox" name="shiftIds" value="${e(shift.id)}"${full ? " disabled" : ""} aria-invalid="false"${asks ? " data-widget-sends" : ""}> ` +
    `<span><span class="choice-label">${e(formatShiftHours(words.locale, shift, readerZone))}</span>${label} ` +
    `<span class="need ${full ? "full" : "open"}">${e(need)}</span></span></label></li>`
  );
}

function role(group: { role: PublicRole; shifts: PublicShift[] }, screen: VolunteerScreen): string {
  const { role, shifts } = group;
  const { words } = screen;
  const lines = requirementMessages(role)
    .map((message) =>
      "age" in message
        ? words.t(message.key, { age: formatNumber(words.locale, message.age) })
        : words.t(message.key),
    )
    .map((line) => `<p class="requirement muted">${e(line)}</p>`)
    .join(" ");
  return (
    `<div class="role"><h4 lang="${e(role.langs.name)}" dir="${directionOf(role.langs.name)}">${e(role.name)}</h4> ` +
    (role.description
      ? `<p lang="${e(role.langs.description)}" dir="${directionOf(role.langs.description)}">${e(role.description)}</p> `
      : "") +
    `${lines} <ul class="shift-list" aria-label="${e(role.name)}">` +
    shifts.map((shift) => shiftItem(shift, role.requirements.length > 0, screen)).join(" ") +
    `</ul></div>`
  );
}

function picker(data: ShiftsResponse, screen: VolunteerScreen): string {
  const { words } = screen;
  const days = groupShifts(data.shifts, data.roles)
    .map((day) => {
      const id = `day-${day.key.replace(/\W/g, "")}`;
      return (
        `<section class="day" aria-labelledby="${e(id)}"><h3 id="${e(id)}">` +
        `${e(formatShiftDay(words.locale, day.first))}</h3> ` +
        day.roles.map((group) => role(group, screen)).join(" ") +
        `</section>`
      );
    })
    .join(" ");
  return (
    `<fieldset class="shifts" aria-describedby="shiftIds-hint">` +
    `<legend part="label">${e(words.t("volunteerPick"))}</legend> ` +
    `<p id="shiftIds-hint" class="hint muted">${e(words.t("volunteerPickHint"))}</p> ${days} ` +
    `<p class="chosen muted" aria-live="polite"> </p></fieldset>`
  );
}

/** Name, contact, the languages spoken (each in its own), and consent; no declarations yet. */
function aboutYou(retentionDays: number, words: PageWords): string {
  const languages = visitLanguages
    .map(
      ({ code, name }) =>
        `<label class="choice"><input part="input" type="checkbox" name="languages" value="${e(code)}" aria-invalid="false"> ` +
        `<span lang="${e(code)}" dir="${directionOf(code)}">${e(name)}</span></label>`,
    )
    .join(" ");
  return (
    `<fieldset class="group about"><legend part="label">${e(words.t("volunteerAboutYou"))}</legend> ` +
    contactFields(words, "volunteerEmailHint") +
    ` <fieldset class="group"><legend part="label">${e(words.t("volunteerLanguages"))}</legend> ` +
    `<div class="language-choices">${languages}</div></fieldset> ` +
    consentField(retentionDays, words) +
    `</fieldset>`
  );
}

export function renderVolunteerFirstScreen(
  data: ShiftsResponse,
  options: { words: PageWords; readerZone: string },
): string {
  const { words } = options;
  const body =
    data.shifts.length === 0
      ? `<p class="empty">${e(words.t("volunteerEmpty"))}</p>`
      : `<form part="form" class="form" novalidate aria-busy="false" data-sends><div>${picker(data, options)}</div> ` +
        aboutYou(data.retentionDays, words) +
        ` ${sendButton(words.t("volunteerSubmit"), words)}</form>`;
  return openBase(words, signUpSitesData(data)) + liveRegions + body + `</div>`;
}
