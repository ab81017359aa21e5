import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { live } from "lit/directives/live.js";
import type { BoardVolunteer } from "../../../schema/contracts/admin/volunteers.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

/** Requirements a coordinator checks with their own eyes: a certificate, a licence. */
export const verifiable = ["food_hygiene", "driving_licence"] as const;
export type Verifiable = (typeof verifiable)[number];

export interface VolunteerRowContext {
  localize: AdminLocalizeController;
  /** The other shifts of the event, labelled, for "Move to…". */
  targets: readonly (readonly [string, string])[];
  /** What the role asks that a coordinator can verify. */
  checks: readonly Verifiable[];
  verified: (volunteer: BoardVolunteer, requirement: Verifiable) => boolean;
  canCheckIn: boolean;
  canWrite: boolean;
  busy: boolean;
  /** The reason the last move of this volunteer was refused. */
  error: string | undefined;
  checkIn: (volunteer: BoardVolunteer, type: "check-in" | "no-show", undo: boolean) => void;
  move: (volunteer: BoardVolunteer, shiftId: string) => void;
  verify: (volunteer: BoardVolunteer, requirement: Verifiable, verified: boolean) => void;
}

export function contactLines(volunteers: readonly BoardVolunteer[]): string {
  return volunteers.map((v) => [v.name, v.email, v.phone].filter(Boolean).join(", ")).join("\n");
}

/** One volunteer on a shift: how to reach them, their languages, the door and the paperwork. */
export function renderVolunteer(context: VolunteerRowContext, v: BoardVolunteer) {
  const { localize } = context;
  const t = localize.t.bind(localize);
  const id = `move-${v.registrationId}`;
  const status = v.checkedInAt ? t("shiftCheckedIn") : v.noShowAt ? t("noShowMarked") : "";
  return html`<li data-registration=${v.registrationId}>
    <p>
      <strong><bdi>${v.name}</bdi></strong>
      ${status ? html`— <span class="state">${status}</span>` : nothing}
    </p>
    <p class="row">
      ${v.email ? html`<a href="mailto:${v.email}" dir="ltr">${v.email}</a>` : nothing}
      ${v.phone ? html`<a href="tel:${v.phone.replace(/[^\d+]/g, "")}" dir="ltr">${v.phone}</a>` : nothing}
      ${
        v.languages.length > 0
          ? html`<span
              >${t("volunteerLanguages", {
                list: v.languages.map((code) => localize.languageName(code)).join(", "),
              })}</span
            >`
          : nothing
      }
    </p>
    ${
      context.canCheckIn
        ? html`<div class="row">
            <button
              type="button"
              class="button small check-in"
              ?disabled=${context.busy || Boolean(v.noShowAt)}
              @click=${() => context.checkIn(v, "check-in", Boolean(v.checkedInAt))}
            >
              ${t(v.checkedInAt ? "undoCheckIn" : "checkIn")}<span class="visually-hidden"
                >: ${v.name}</span
              >
            </button>
            <button
              type="button"
              class="button secondary small no-show"
              ?disabled=${context.busy || Boolean(v.checkedInAt)}
              @click=${() => context.checkIn(v, "no-show", Boolean(v.noShowAt))}
            >
              ${t(v.noShowAt ? "undoNoShow" : "noShow")}<span class="visually-hidden"
                >: ${v.name}</span
              >
            </button>
          </div>`
        : nothing
    }
    ${
      context.canWrite && context.checks.length > 0
        ? html`<div class="row">
            ${context.checks.map(
              (requirement) =>
                html`<label class="choice">
                  <input
                    type="checkbox"
                    class="verify-${requirement}"
                    .checked=${live(context.verified(v, requirement))}
                    ?disabled=${context.busy}
                    @change=${(e: Event) =>
                      context.verify(v, requirement, (e.target as HTMLInputElement).checked)}
                  />
                  ${t(`verified_${requirement}`)}
                </label>`,
            )}
          </div>`
        : nothing
    }
    ${
      context.canWrite && context.targets.length > 0
        ? html`<form
            class="row move"
            @submit=${(e: SubmitEvent) => {
              e.preventDefault();
              const select = (e.target as HTMLFormElement).querySelector("select")!;
              context.move(v, select.value);
            }}
          >
            <div class="field">
              <label for=${id}>${t("moveTo", { name: v.name })}</label>
              <select
                id=${id}
                aria-invalid=${context.error ? "true" : "false"}
                aria-describedby=${context.error ? `${id}-error` : nothing}
              >
                ${context.targets.map(([value, text]) => html`<option value=${value}>${text}</option>`)}
              </select>
              ${context.error ? html`<p id="${id}-error" class="error">${context.error}</p>` : nothing}
            </div>
            <button type="submit" class="button secondary small" ?disabled=${context.busy}>
              ${t("move")}<span class="visually-hidden">: ${v.name}</span>
            </button>
          </form>`
        : nothing
    }
  </li>`;
}
