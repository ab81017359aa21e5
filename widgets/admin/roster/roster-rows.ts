import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminSlot } from "../../../schema/contracts/admin/events.js";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import type { AdminQuestion } from "../../../schema/contracts/questions.js";
import type { RosterAction } from "./roster-api.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { phoneOnly, renderPhoneList } from "./phone-list.js";
import { renderAnswers } from "./roster-answers.js";
import { renderChange } from "./roster-change.js";

/** A row's button: an API action, or the two steps of "are you sure?" before cancelling. */
export type RowStep =
  RosterAction | { type: "ask-cancel" } | { type: "ask-change" } | { type: "keep" };

export interface RowsContext {
  localize: AdminLocalizeController;
  slots: readonly AdminSlot[];
  locales: readonly string[];
  /** The event's own questions, whose answers show beside the needs. */
  questions: readonly AdminQuestion[];
  /** The event's: offers run out on its clock. */
  timeZone: string;
  canCheckIn: boolean;
  canWrite: boolean;
  /** No-shows can only be marked once the event has started. */
  started: boolean;
  /** The row whose "Cancel" is waiting for a yes. */
  confirmingCancel: string | undefined;
  /** The row whose change form is open. */
  changing: string | undefined;
  /** What the server refused in that form's last save, by field path. */
  changeErrors: FieldErrors;
  busy: string | undefined;
  act: (entry: RosterEntry, step: RowStep) => void;
}

export function slotName(slots: readonly AdminSlot[], id: string, locales: readonly string[]) {
  const slot = slots.find((candidate) => candidate.id === id);
  return slot ? pickText(slot.label, locales) : "";
}

function needsOf(entry: RosterEntry, localize: AdminLocalizeController): string {
  const { interpreterLanguage, accessibility, dietary } = entry.needs;
  return [
    interpreterLanguage ? localize.t("needInterpreter", { language: interpreterLanguage }) : "",
    accessibility ?? "",
    dietary ?? "",
  ]
    .filter(Boolean)
    .join("; ");
}

function renderActions(entry: RosterEntry, context: RowsContext) {
  const { localize, act } = context;
  const t = localize.t.bind(localize);
  const who = html`<span class="visually-hidden">: ${entry.name}</span>`;
  const disabled = context.busy === entry.id;
  const button = (label: string, action: RowStep, tone = "secondary") =>
    html`<button
      type="button"
      class="button small ${tone}"
      ?disabled=${disabled}
      @click=${() => act(entry, action)}
    >
      ${label}${who}
    </button>`;
  if (context.changing === entry.id) return renderChange(entry, context);
  if (context.confirmingCancel === entry.id) {
    return html`<p>${t("cancelRegistrationConfirm")}</p>
      <div class="actions">
        ${button(t("cancelRegistrationYes"), { type: "cancel" }, "danger")}
        ${button(t("keepRegistration"), { type: "keep" })}
      </div>`;
  }
  const confirmed = entry.status === "confirmed";
  // A held place is the person's to answer: it can be cancelled, not moved or changed meanwhile.
  const movable = entry.status === "confirmed" || entry.status === "waitlisted";
  return html`<div class="actions">
    ${
      confirmed && context.canCheckIn && !entry.noShowAt
        ? entry.checkedInAt
          ? button(t("undoCheckIn"), { type: "check-in", undo: true })
          : button(t("checkIn"), { type: "check-in", undo: false }, "")
        : nothing
    }
    ${
      confirmed && context.canWrite && context.started && !entry.checkedInAt
        ? button(t(entry.noShowAt ? "undoNoShow" : "noShow"), {
            type: "no-show",
            undo: Boolean(entry.noShowAt),
          })
        : nothing
    }
    ${
      context.canWrite && movable
        ? button(t(confirmed ? "moveToWaitlist" : "moveToConfirmed"), {
            type: "move",
            to: confirmed ? "waitlisted" : "confirmed",
          })
        : nothing
    }
    ${context.canWrite && movable ? button(t("changeRegistration"), { type: "ask-change" }) : nothing}
    ${context.canWrite && entry.status !== "cancelled" ? button(t("cancelRegistration"), { type: "ask-cancel" }) : nothing}
  </div>`;
}

function statusText(entry: RosterEntry, localize: AdminLocalizeController, timeZone: string) {
  const t = localize.t.bind(localize);
  if (entry.status === "waitlisted" && entry.position) {
    return t("waitlistPosition", { position: localize.number(entry.position) });
  }
  if (entry.status === "offered" && entry.offerExpiresAt) {
    return t("offeredUntil", { time: localize.dateTime(entry.offerExpiresAt, timeZone) });
  }
  return t(`reg_${entry.status}`);
}

function renderState(entry: RosterEntry, localize: AdminLocalizeController, timeZone: string) {
  const t = localize.t.bind(localize);
  const status = statusText(entry, localize, timeZone);
  return html`<span class="badge ${entry.status}">${status}</span>
    ${entry.checkedInAt ? html`<span class="checked">${t("checkedInAt", { time: localize.dateTime(entry.checkedInAt) })}</span>` : nothing}
    ${entry.noShowAt ? html`<span>${t("noShowMarked")}</span>` : nothing}`;
}

/** Everyone signed up, with a header row a screen reader reads out for each cell. */
export function renderRosterTable(entries: readonly RosterEntry[], context: RowsContext) {
  const { localize } = context;
  const t = localize.t.bind(localize);
  if (entries.length === 0) return html`<p class="empty">${t("rosterEmpty")}</p>`;
  return html`<div class="table-wrap" role="region" aria-labelledby="roster-caption" tabindex="0">
    <table class="roster">
      <caption id="roster-caption" class="visually-hidden">
        ${t("rosterCaption")}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t("colName")}</th>
          <th scope="col">${t("colParty")}</th>
          <th scope="col">${t("colStatus")}</th>
          ${context.slots.length > 1 ? html`<th scope="col">${t("colSlot")}</th>` : nothing}
          <th scope="col">${t("colLanguage")}</th>
          <th scope="col">${t(context.questions.length > 0 ? "colNeedsAnswers" : "colNeeds")}</th>
          <th scope="col">${t("colConsent")}</th>
          <th scope="col">${t("colCode")}</th>
          <th scope="col">${t("colActions")}</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map(
          (entry) =>
            html`<tr data-entry=${entry.id}>
              <th scope="row" tabindex="-1">
                <bdi>${entry.erased ? t("erased") : entry.name}</bdi>
                ${phoneOnly([entry]).length > 0 ? html`<small class="no-email">${t("noEmail")}</small>` : nothing}
              </th>
              <td>${localize.party(entry.adults, entry.children)}</td>
              <td>${renderState(entry, localize, context.timeZone)}</td>
              ${context.slots.length > 1 ? html`<td>${slotName(context.slots, entry.slotId, context.locales)}</td>` : nothing}
              <td>${localize.languageName(entry.locale)}</td>
              <td>
                ${needsOf(entry, localize)}
                ${renderAnswers(entry, context.questions, localize, context.locales)}
              </td>
              <td>${t(entry.consentSource === "online" ? "consentOnline" : "consentInPerson")}</td>
              <td><code>${entry.shortCode ?? ""}</code></td>
              <td>${renderActions(entry, context)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/**
 * What goes on paper at the door: no needs, no contact details — just enough to tick people off,
 * and which time each person booked when the event has several.
 */
export function renderPrintList(
  title: string,
  entries: readonly RosterEntry[],
  localize: AdminLocalizeController,
  times: { slots: readonly AdminSlot[]; locales: readonly string[] },
) {
  const t = localize.t.bind(localize);
  const confirmed = entries.filter((entry) => entry.status === "confirmed");
  const several = times.slots.length > 1;
  return html`<section class="print-only">
    <h1>${title}</h1>
    <table>
      <thead>
        <tr>
          <th>${t("colName")}</th>
          ${several ? html`<th>${t("colSlot")}</th>` : nothing}
          <th>${t("colParty")}</th>
          <th>${t("colCode")}</th>
          <th>${t("colHere")}</th>
        </tr>
      </thead>
      <tbody>
        ${confirmed.map(
          (entry) =>
            html`<tr>
              <td>${entry.name}</td>
              ${several ? html`<td>${slotName(times.slots, entry.slotId, times.locales)}</td>` : nothing}
              <td>${localize.party(entry.adults, entry.children)}</td>
              <td>${entry.shortCode ?? ""}</td>
              <td class="tick">${entry.checkedInAt ? "✓" : "☐"}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${renderPhoneList(entries, localize, 2)}
  </section>`;
}
