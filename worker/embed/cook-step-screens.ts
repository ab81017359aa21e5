import type { ApplicationView } from "../../schema/contracts/festivals.js";
import type { Screen, StepId } from "../../schema/rules/cook-steps.js";
import { screens, stepInfo, steps } from "../../schema/rules/cook-steps.js";
import { dateFormat, formatNumber } from "../../i18n/format.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import { reviewForm } from "./cook-review-screen.js";
import type { CookScreen } from "./cook-screen-parts.js";
import { backButton, keepLink, postedWith, title } from "./cook-screen-parts.js";
import { stepFields } from "./cook-step-fields.js";
import { sendingWords } from "./first-screen-parts.js";

/*
 * A cook's application as the widget draws it (`widgets/cook-apply/`: `cook-page.ts`,
 * `cook-progress.ts`, `cook-step-screen.ts`, the steps, `cook-review.ts`), drawn by the worker for
 * a cook whose phone has not got the widget's code yet: every step, each a form that sends itself
 * (`data-sends`, `first-screen-send.ts`; `cook-first-screen-send.ts` saves it and answers with the
 * next screen), and the last screen to check and send. The controls carry the widget's ids and a
 * name each (what a browser posts); Back, Change, Add and Remove are the form's other buttons
 * (`go`). When the widget's code comes it takes over the screen as it stands.
 */

/** One question's screen: its title, the keep-link box on the contact step, its fields, Back, Next. */
function stepForm(step: StepId, page: CookScreen): string {
  const { words } = page;
  return (
    `<form part="form" class="step" novalidate aria-busy="false" data-sends>` +
    // Enter in a field sends the form with its first submit button: this one, Next's, not a
    // Back or a Remove that comes before Next (people reach Next itself below).
    `<button type="submit" class="visually-hidden" tabindex="-1" aria-hidden="true"></button>` +
    `${title(step, words)} ` +
    (step === "contact" ? `${keepLink(page.manageUrl, words)} ` : "") +
    `${stepFields(step, page)} <div class="nav">` +
    (screens.indexOf(step) === 0 ? "" : `${backButton(words)} `) +
    `<button type="submit" part="button" class="button next"${sendingWords("cookSaving", words)}>` +
    `${e(words.t("cookNext"))} <span class="arrow" aria-hidden="true">→</span></button></div>` +
    postedWith(step, page) +
    `</form>`
  );
}

/**
 * The heading, the festival once the application exists (else what this is), and the deadline
 * while it is a draft, as `renderIntro` draws them.
 */
function intro(view: ApplicationView | undefined, words: PageWords): string {
  const deadline = view?.status === "draft" ? view.festival.deadline : null;
  return (
    `<header class="intro"><h2>${e(words.t("cookHeading"))}</h2> ` +
    (view
      ? `<p class="festival" lang="${e(view.festival.contentLocale)}" dir="auto">${e(view.festival.title)}</p>`
      : `<p class="muted">${e(words.t("cookIntro"))}</p>`) +
    (deadline
      ? ` <p class="muted">${e(
          words.t("cookDeadline", {
            date: dateFormat(words.locale, { dateStyle: "long" }).format(new Date(deadline)),
          }),
        )}</p>`
      : "") +
    `</header>`
  );
}

/** The dots and the line saying which step this is, as `renderProgress` draws them. */
function progress(screen: Screen, words: PageWords): string {
  const index = screens.indexOf(screen);
  const dots = steps
    .map(
      (step, i) =>
        `<li class="${i < index ? "done" : i === index ? "current" : ""}" aria-current="${i === index ? "step" : "false"}">` +
        `<span class="visually-hidden">${e(words.t(stepInfo[step].title))}</span></li>`,
    )
    .join(" ");
  const where =
    screen === "review"
      ? words.t("cookStepReview")
      : words.t("cookStepOf", {
          step: formatNumber(words.locale, index + 1),
          total: formatNumber(words.locale, steps.length),
        });
  return (
    `<ol part="progress" class="progress" aria-label="${e(words.t("cookProgress"))}"> ${dots} </ol> ` +
    `<p part="status" class="progress-text" role="status">${e(where)}</p>`
  );
}

/**
 * Everything inside the widget's wrapper for one screen of a draft being filled in: the intro,
 * the progress, the alert region and the screen's form.
 */
export function renderCookScreen(page: CookScreen): string {
  const { screen, words } = page;
  const sent = page.view !== undefined && page.view.status !== "draft";
  const where = sent
    ? `<section part="application-status" class="panel application-status ${e(page.view!.status)}">` +
      `<h3 tabindex="-1">${e(words.t("cookStatusHeading"))}</h3> ` +
      `<p class="state">${e(words.t("cookStatusSubmitted"))}</p></section> ` +
      `<p part="status" class="progress-text" role="status">${e(words.t("cookSent"))}</p>`
    : progress(screen, words);
  return (
    `${intro(page.view, words)} ${where} ` +
    `<div part="error" class="error-box" role="alert"></div> ` +
    (screen === "review" ? reviewForm(page, sent) : stepForm(screen, page))
  );
}
