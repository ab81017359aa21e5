import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeStep } from "./intake-steps.js";
import { stepInfo } from "./intake-steps.js";

/** One screen of the intake, and where its buttons lead. */
export interface IntakeScreen {
  steps: readonly IntakeStep[];
  index: number;
  fields: unknown;
  /** Checking or sending, or waiting for the code that does it. */
  busy: boolean;
  /** False when the answers cannot go on (a learner outside the season's levels). */
  canContinue: boolean;
  /** Changing answers behind the manage link: the last button saves, and a way out is offered. */
  changing: boolean;
  input(event: Event): void;
  submit(event: SubmitEvent): unknown;
  back(): void;
  cancel(): void;
  /** Someone started answering. */
  focus(): void;
}

function nextLabel(screen: IntakeScreen, last: boolean) {
  if (screen.busy) return "submitting";
  if (!last) return "mentoringNext";
  return screen.changing ? "mentoringSave" : "mentoringSend";
}

/**
 * The step's title and place ("Step 2 of 7", announced), its fields, then Back and Next (Send on
 * the last step, Save when changing answers).
 */
export function renderIntakeScreen(localize: LocalizeController, screen: IntakeScreen) {
  const step = screen.steps[screen.index]!;
  const last = screen.index === screen.steps.length - 1;
  const title = localize.t(stepInfo[step].title);
  return html`<form
    part="form"
    class="step"
    novalidate
    aria-busy=${screen.busy ? "true" : "false"}
    @input=${screen.input}
    @change=${screen.input}
    @submit=${screen.submit}
    @focusin=${screen.focus}
  >
    <p part="status" class="progress-text" role="status">
      ${localize.t("mentoringStepOf", {
        step: localize.number(screen.index + 1),
        total: localize.number(screen.steps.length),
      })}
    </p>
    <h3 class="step-title" tabindex="-1">${title}</h3>
    ${screen.fields}
    <!-- A trap for bots: people never see or reach it, so it stays empty. -->
    <div class="trap" aria-hidden="true">
      <label for="website">Website</label>
      <input id="website" name="website" tabindex="-1" autocomplete="off" />
    </div>
    <div class="nav">
      ${
        screen.index > 0
          ? html`<button
              type="button"
              part="button"
              class="button secondary back"
              @click=${screen.back}
            >
              <span class="arrow" aria-hidden="true">←</span> ${localize.t("mentoringBack")}
            </button>`
          : nothing
      }
      ${
        screen.changing
          ? html`<button
              type="button"
              part="button"
              class="button secondary cancel-change"
              @click=${screen.cancel}
            >
              ${localize.t("mentoringCancelChange")}
            </button>`
          : nothing
      }
      ${
        screen.canContinue
          ? html`<button type="submit" part="button" class="button next" ?disabled=${screen.busy}>
              ${localize.t(nextLabel(screen, last))}
              ${last ? nothing : html`<span class="arrow" aria-hidden="true">→</span>`}
            </button>`
          : nothing
      }
    </div>
  </form>`;
}
