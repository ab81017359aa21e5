import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { StepContext } from "./cook-fields.js";
import { renderKeepLink, renderTitle } from "./cook-progress.js";
import { renderStep } from "./cook-steps.js";
import type { StepId } from "./steps.js";
import { screens } from "./steps.js";

/** The step on screen, whether it is being saved, and where Back and Next go. */
export interface StepScreen {
  screen: StepId;
  saving: boolean;
  manageUrl: string | undefined;
  back: () => void;
  next: (event: SubmitEvent) => unknown;
  /** Someone started answering. */
  focus: () => void;
}

/**
 * One question's screen: its title, the keep-this-link box on the contact step, the step's
 * fields, then Back (except on the first step) and Next, which saves.
 */
export function renderStepScreen(context: StepContext, step: StepScreen) {
  const { localize } = context;
  const { screen, saving } = step;
  const first = screens.indexOf(screen) === 0;
  return html`<form part="form" class="step" novalidate @submit=${step.next} @focusin=${step.focus}>
    ${renderTitle(localize, screen)}
    ${screen === "contact" ? renderKeepLink(localize, step.manageUrl) : nothing}
    ${renderStep[screen](context)}
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
