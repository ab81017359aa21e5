import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderTitle } from "./cook-progress.js";
import type { StepId } from "../../schema/rules/cook-steps.js";
import { screens } from "../../schema/rules/cook-steps.js";

/** The step on screen, whether it is being saved, and where Back and Next go. */
export interface StepScreen {
  screen: StepId;
  /** What comes between the title and the fields (the keep-this-link box on the contact step). */
  lead: unknown;
  /** The step's own fields. */
  fields: unknown;
  /** Being saved, or waiting for the code that saves it. */
  saving: boolean;
  back: () => void;
  next: (event: SubmitEvent) => unknown;
  /** Someone started answering. */
  focus: () => void;
}

/**
 * One question's screen: its title, the keep-this-link box on the contact step, the step's
 * fields, then Back (except on the first step) and Next, which saves.
 */
export function renderStepScreen(localize: LocalizeController, step: StepScreen) {
  const { screen, saving } = step;
  const first = screens.indexOf(screen) === 0;
  return html`<form
    part="form"
    class="step"
    novalidate
    aria-busy=${saving ? "true" : "false"}
    @submit=${step.next}
    @focusin=${step.focus}
  >
    ${renderTitle(localize, screen)} ${step.lead} ${step.fields}
    <div class="nav">
      ${
        first
          ? nothing
          : html`<button type="button" part="button" class="button secondary" @click=${step.back}>
              <span class="arrow" aria-hidden="true">←</span> ${localize.t("cookBack")}
            </button>`
      }
      <button type="submit" part="button" class="button next" ?disabled=${saving}>
        ${localize.t(saving ? "cookSaving" : "cookNext")}
        <span class="arrow" aria-hidden="true">→</span>
      </button>
    </div>
  </form>`;
}
