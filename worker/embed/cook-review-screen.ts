import type { Draft, DishDraft } from "../../schema/rules/cook-draft.js";
import { parsePrice } from "../../schema/rules/cook-draft.js";
import { hygieneLabels, needLabels } from "../../schema/rules/cook-answer-words.js";
import type { StepId } from "../../schema/rules/cook-steps.js";
import { stepInfo, steps } from "../../schema/rules/cook-steps.js";
import { allergenLabels, dietLabelKeys } from "../../schema/rules/food-labels.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import type { CookScreen } from "./cook-screen-parts.js";
import { backButton, goButton, icon, keepLink, postedWith, title } from "./cook-screen-parts.js";
import { sendingWords } from "./first-screen-parts.js";

/*
 * The last screen of a cook's application as `widgets/cook-apply/cook-review.ts` draws it, for
 * the worker's drawing: every answer under its step's name with Change, the link to come back,
 * Back and Send; once sent, the answers with Change while they may still change.
 */

const unanswered = (words: PageWords) =>
  `<span class="missing">${e(words.t("cookNotAnswered"))}</span>`;

const orMissing = (text: string, words: PageWords) =>
  text.trim() ? `<bdi>${e(text)}</bdi>` : unanswered(words);

function priceOf(dish: DishDraft, words: PageWords): string {
  if (dish.free) return e(words.t("freeDonation"));
  const cents = parsePrice(dish.price);
  return cents === undefined
    ? unanswered(words)
    : e(
        new Intl.NumberFormat(words.locale, { style: "currency", currency: "EUR" }).format(
          cents / 100,
        ),
      );
}

/** Each step's answer on the last screen, as `cook-review.ts` says it. */
function answerFor(step: StepId, draft: Draft, words: PageWords): string {
  const perDish = (say: (dish: DishDraft) => string) =>
    `<ul class="plain">${draft.dishes
      .map((dish) => `<li><bdi>${e(dish.name)}</bdi>: ${say(dish)}</li>`)
      .join("")}</ul>`;
  switch (step) {
    case "name":
      return orMissing(draft.displayName, words);
    case "contact":
      return orMissing([draft.phone, draft.email].filter((v) => v.trim()).join(" · "), words);
    case "cuisine":
      return draft.cuisine.trim() ? `<bdi>${e(draft.cuisine)}</bdi>` : e(words.t("cookNothing"));
    case "dishes":
      return draft.dishes.length === 0
        ? unanswered(words)
        : `<ul class="plain">${draft.dishes
            .map((dish) => {
              const portions = Number(dish.portions);
              return (
                `<li><bdi>${e(dish.name)}</bdi> — ${priceOf(dish, words)}` +
                (portions > 0 ? ` — ${e(words.plural("cookPortions", portions))}` : "") +
                `</li>`
              );
            })
            .join("")}</ul>`;
    case "allergens":
      return perDish((dish) =>
        dish.allergensNone
          ? e(words.t("cookAllergensNone"))
          : dish.allergens.length === 0
            ? unanswered(words)
            : dish.allergens
                .map((allergen) => {
                  const { icon: picture, key } = allergenLabels[allergen];
                  return (
                    `<span class="tag" title="${e(words.t(key))}">${icon(picture)}` +
                    `<span>${e(words.t(key))}</span></span>`
                  );
                })
                .join(""),
      );
    case "diet":
      return perDish((dish) =>
        dish.dietLabels.length === 0
          ? e(words.t("cookNothing"))
          : e(words.list(dish.dietLabels.map((label) => words.t(dietLabelKeys[label])))),
      );
    case "needs": {
      const chosen = (Object.keys(needLabels) as (keyof typeof needLabels)[]).filter(
        (need) => draft.stallNeeds[need],
      );
      return chosen.length === 0
        ? e(words.t("cookNothing"))
        : e(words.list(chosen.map((need) => words.t(needLabels[need].key))));
    }
    case "hygiene": {
      if (!draft.hygiene) return unanswered(words);
      const answer = e(words.t(hygieneLabels[draft.hygiene].key));
      if (draft.hygiene !== "done") return answer;
      return `${answer} — ${orMissing(draft.hygieneExpiresOn, words)}`;
    }
    case "public":
      return (
        e(words.t(draft.consentPublic ? "cookYes" : "cookNo")) +
        (draft.story.trim() ? ` — <bdi>${e(draft.story)}</bdi>` : "")
      );
  }
}

/**
 * The last screen: every answer with Change, the link to come back, Back and Send; once sent,
 * the answers with Change while they may still change.
 */
export function reviewForm(page: CookScreen, sent: boolean): string {
  const { draft, words } = page;
  const editable = page.view?.editable ?? true;
  const items = steps
    .map(
      (step) =>
        `<div class="review-item" data-step="${step}"><dt>${icon(stepInfo[step].icon)} ` +
        `${e(words.t(stepInfo[step].title))}</dt> <dd>${answerFor(step, draft, words)}</dd> ` +
        (editable
          ? `<dd>${goButton(
              `change-${step}`,
              `${e(words.t("cookChange"))} <span class="visually-hidden">${e(words.t(stepInfo[step].title))}</span>`,
              "change",
              words,
            )}</dd>`
          : "") +
        `</div>`,
    )
    .join(" ");
  return (
    `<form class="step" aria-labelledby="review-title" novalidate aria-busy="false" data-sends>` +
    `${title("review", words, "review-title")} ` +
    (editable ? `<p class="hint muted">${e(words.t("cookReviewHint"))}</p> ` : "") +
    `<dl part="review" class="review">${items}</dl> ` +
    keepLink(page.manageUrl, words) +
    (sent
      ? ""
      : `<div class="nav">${backButton(words)} ` +
        `<button type="submit" part="button" class="button send" name="go" value="send"` +
        `${sendingWords("cookSubmitting", words)}>${e(words.t("cookSubmit"))}</button></div>`) +
    postedWith("review", page) +
    `</form>`
  );
}
