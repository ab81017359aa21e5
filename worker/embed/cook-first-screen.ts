import type { EventDetailResponse } from "../../schema/contracts/events.js";
import { stepInfo, steps } from "../../schema/rules/cook-steps.js";
import { formatNumber } from "../../i18n/format.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import { openBase, signUpSitesData } from "./first-screen-parts.js";

/*
 * The first screen of `<hearth-cook-apply>` for a new cook: the heading and what this is, the
 * progress through the steps, and the first step (the name on the menu and the consent) with its
 * Next button, as the widget draws them (`widgets/cook-apply/cook-page.ts`, `cook-progress.ts`,
 * `cook-step-screen.ts`, `cook-name-step.ts`). Made here so a cook on a slow phone can start
 * before the widget's code has arrived; what they type and whether they pressed Next carry over
 * when the widget takes the screen over. Where the organisers take applications rides along
 * (`data-signup-origins`, `data-signup-page`): on a website they have not allowed, the loader
 * leaves the screen to the widget, which says so.
 */

function progress(words: PageWords): string {
  const dots = steps
    .map(
      (step, index) =>
        `<li class="${index === 0 ? "current" : ""}" aria-current="${index === 0 ? "step" : "false"}">` +
        `<span class="visually-hidden">${e(words.t(stepInfo[step].title))}</span></li>`,
    )
    .join(" ");
  const where = words.t("cookStepOf", {
    step: formatNumber(words.locale, 1),
    total: formatNumber(words.locale, steps.length),
  });
  return (
    `<ol part="progress" class="progress" aria-label="${e(words.t("cookProgress"))}"> ${dots} </ol> ` +
    `<p part="status" class="progress-text" role="status">${e(where)}</p>`
  );
}

function nameStep(retentionDays: number, words: PageWords): string {
  const first = stepInfo[steps[0]];
  return (
    `<form part="form" class="step" novalidate aria-busy="false">` +
    `<h3 class="step-title" tabindex="-1"><span class="icon" aria-hidden="true">${first.icon}</span> ` +
    `${e(words.t(first.title))}</h3> ` +
    `<div class="field"><label part="label" for="displayName">${e(words.t("cookName"))}</label> ` +
    `<p id="displayName-hint" class="hint muted">${e(words.t("cookNameHint"))}</p> ` +
    `<input part="input" id="displayName" type="text" dir="auto" maxlength="60" autocomplete="nickname"` +
    ` aria-describedby="displayName-hint" aria-invalid="false"> </div> ` +
    `<div class="field"><label class="choice" for="consent">` +
    `<input part="input" type="checkbox" id="consent" aria-invalid="false"> ` +
    `<span>${e(words.plural("cookConsent", retentionDays))}</span></label> </div> ` +
    `<div class="nav"><button type="submit" part="button" class="button next" data-sending="${e(words.t("cookSaving"))}" data-stalled="${e(words.t("errorNetwork"))}">` +
    `${e(words.t("cookNext"))} <span class="arrow" aria-hidden="true">→</span></button></div>` +
    `</form>`
  );
}

export function renderCookFirstScreen(
  detail: EventDetailResponse,
  options: { words: PageWords },
): string {
  const { words } = options;
  return (
    openBase(words, signUpSitesData(detail)) +
    `<header class="intro"><h2>${e(words.t("cookHeading"))}</h2> ` +
    `<p class="muted">${e(words.t("cookIntro"))}</p></header> ` +
    progress(words) +
    ` <div part="error" class="error-box" role="alert"></div> ` +
    nameStep(detail.event.retentionDays, words) +
    `</div>`
  );
}
