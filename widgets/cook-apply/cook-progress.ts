import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { ApplicationView } from "../../schema/contracts/festivals.js";
import type { LocalizeController } from "../shared/localize.js";
import type { Screen } from "../../schema/rules/cook-steps.js";
import { screens, stepInfo, steps } from "../../schema/rules/cook-steps.js";

/**
 * The wizard's chrome around a step: the heading, the progress dots and text, the title.
 */

/** The heading, the festival once the application exists (else a word on what this is), the deadline. */
export function renderIntro(
  localize: LocalizeController,
  festival: ApplicationView["festival"] | undefined,
  deadline: string | undefined,
) {
  return html`<header class="intro">
    <h2>${localize.t("cookHeading")}</h2>
    ${
      festival
        ? html`<p class="festival" lang=${festival.contentLocale} dir="auto">${festival.title}</p>`
        : html`<p class="muted">${localize.t("cookIntro")}</p>`
    }
    ${deadline ? html`<p class="muted">${localize.t("cookDeadline", { date: deadline })}</p>` : nothing}
  </header>`;
}

/** Dots while the application is a draft being filled in; the status line says where the cook is. */
export function renderProgress(
  localize: LocalizeController,
  screen: Screen,
  view: ApplicationView | undefined,
  notice: string | undefined,
) {
  const inWizard = !view || (view.status === "draft" && view.editable);
  const index = screens.indexOf(screen);
  const text =
    notice ??
    (screen === "review"
      ? localize.t("cookStepReview")
      : localize.t("cookStepOf", {
          step: localize.number(index + 1),
          total: localize.number(steps.length),
        }));
  return html`${
      inWizard
        ? html`<ol part="progress" class="progress" aria-label=${localize.t("cookProgress")}>
            ${steps.map(
              (step, i) =>
                html`<li
                  class=${i < index ? "done" : i === index ? "current" : ""}
                  aria-current=${i === index ? "step" : "false"}
                >
                  <span class="visually-hidden">${localize.t(stepInfo[step].title)}</span>
                </li>`,
            )}
          </ol>`
        : nothing
    }
    <p part="status" class="progress-text" role="status">${inWizard || notice ? text : ""}</p>`;
}

export function renderTitle(localize: LocalizeController, screen: Screen) {
  return html`<h3 class="step-title" tabindex="-1">
    <span class="icon" aria-hidden="true">${stepInfo[screen].icon}</span>
    ${localize.t(stepInfo[screen].title)}
  </h3>`;
}
