import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { ApplicationView } from "../../schema/contracts/festivals.js";
import type { MessageKey } from "../i18n/messages.js";
import { allergenLabels, dietLabelKeys } from "../../schema/rules/food-labels.js";
import { formatPrice, renderAllergen } from "../festival/food-labels.js";
import type { LocalizeController } from "../shared/localize.js";
import type { Draft } from "../../schema/rules/cook-draft.js";
import { parsePrice } from "../../schema/rules/cook-draft.js";
import type { StepId } from "../../schema/rules/cook-steps.js";
import { stepInfo, steps } from "../../schema/rules/cook-steps.js";
import { renderKeepLink } from "./cook-keep-link.js";

const statusKeys: Record<ApplicationView["status"], MessageKey> = {
  draft: "cookStatusDraft",
  submitted: "cookStatusSubmitted",
  approved: "cookStatusApproved",
  waitlisted: "cookStatusWaitlisted",
  declined: "cookStatusDeclined",
};

/** Where the application stands, the organisers' words, the stall, and why it can't change. */
export function renderStatus(view: ApplicationView, localize: LocalizeController) {
  const decided = ["approved", "waitlisted", "declined"].includes(view.status);
  return html`<section part="application-status" class="panel application-status ${view.status}">
    <h3>${localize.t("cookStatusHeading")}</h3>
    <p class="state">${localize.t(statusKeys[view.status])}</p>
    ${
      view.stall
        ? html`<p class="stall">
            <span aria-hidden="true">📍</span>
            ${localize.t("cookStall", { name: view.stall.name })}
          </p>`
        : nothing
    }
    ${
      view.organiserMessage
        ? html`<div class="organiser-message">
            <h4>${localize.t("cookOrganiserMessage")}</h4>
            <p lang=${view.organiserMessage.lang} dir="auto">${view.organiserMessage.text}</p>
          </div>`
        : nothing
    }
    ${
      view.editable
        ? nothing
        : html`<p class="read-only">
            ${localize.t(decided ? "cookReadOnlyDecided" : "cookReadOnlyDeadline")}
          </p>`
    }
  </section>`;
}

const unanswered = (localize: LocalizeController) =>
  html`<span class="missing">${localize.t("cookNotAnswered")}</span>`;

function answerFor(step: StepId, draft: Draft, localize: LocalizeController): unknown {
  const t = (key: MessageKey) => localize.t(key);
  const orMissing = (text: string) =>
    text.trim() ? html`<bdi>${text}</bdi>` : unanswered(localize);
  switch (step) {
    case "name":
      return orMissing(draft.displayName);
    case "contact":
      return draft.email.trim() || draft.phone.trim()
        ? html`<bdi>${[draft.phone, draft.email].filter((v) => v.trim()).join(" · ")}</bdi>`
        : unanswered(localize);
    case "cuisine":
      return draft.cuisine.trim() ? html`<bdi>${draft.cuisine}</bdi>` : t("cookNothing");
    case "dishes":
      return draft.dishes.length === 0
        ? unanswered(localize)
        : html`<ul class="plain">
            ${draft.dishes.map((dish) => {
              const cents = parsePrice(dish.price);
              const price = dish.free
                ? t("freeDonation")
                : cents === undefined
                  ? unanswered(localize)
                  : formatPrice(cents, localize);
              const portions = Number(dish.portions);
              return html`<li>
                <bdi>${dish.name}</bdi> —
                ${price}${
                  portions > 0 ? html` — ${localize.plural("cookPortions", portions)}` : nothing
                }
              </li>`;
            })}
          </ul>`;
    case "allergens":
      return html`<ul class="plain">
        ${draft.dishes.map(
          (dish) =>
            html`<li>
              <bdi>${dish.name}</bdi>:
              ${
                dish.allergensNone
                  ? t("cookAllergensNone")
                  : dish.allergens.length === 0
                    ? unanswered(localize)
                    : dish.allergens.map(
                        (allergen) =>
                          html`<span class="tag" title=${t(allergenLabels[allergen].key)}
                            >${renderAllergen(allergen, localize)}</span
                          >`,
                      )
              }
            </li>`,
        )}
      </ul>`;
    case "diet":
      return html`<ul class="plain">
        ${draft.dishes.map(
          (dish) =>
            html`<li>
              <bdi>${dish.name}</bdi>:
              ${
                dish.dietLabels.length === 0
                  ? t("cookNothing")
                  : localize.list(dish.dietLabels.map((label) => t(dietLabelKeys[label])))
              }
            </li>`,
        )}
      </ul>`;
    case "needs": {
      const keys: Record<keyof Draft["stallNeeds"], MessageKey> = {
        power: "needPower",
        water: "needWater",
        table: "needTable",
        equipment: "needEquipment",
        helper: "needHelper",
      };
      const chosen = (Object.keys(keys) as (keyof typeof keys)[]).filter(
        (need) => draft.stallNeeds[need],
      );
      return chosen.length === 0 ? t("cookNothing") : localize.list(chosen.map((n) => t(keys[n])));
    }
    case "hygiene": {
      if (!draft.hygiene) return unanswered(localize);
      const answer = t(
        draft.hygiene === "none"
          ? "hygieneNone"
          : draft.hygiene === "planned"
            ? "hygienePlanned"
            : "hygieneDone",
      );
      return draft.hygiene === "done"
        ? html`${answer} —
          ${draft.hygieneExpiresOn ? html`<bdi>${draft.hygieneExpiresOn}</bdi>` : unanswered(localize)}`
        : answer;
    }
    case "public":
      return html`${t(draft.consentPublic ? "cookYes" : "cookNo")}${
        draft.story.trim() ? html` — <bdi>${draft.story}</bdi>` : nothing
      }`;
  }
}

/** Every answer under its step's name; `change` (when the cook may still edit) jumps back to it. */
export function renderReview(
  draft: Draft,
  localize: LocalizeController,
  change: ((step: StepId) => void) | undefined,
) {
  return html`<dl part="review" class="review">
    ${steps.map(
      (step) =>
        html`<div class="review-item" data-step=${step}>
          <dt>
            <span class="icon" aria-hidden="true">${stepInfo[step].icon}</span>
            ${localize.t(stepInfo[step].title)}
          </dt>
          <dd>${answerFor(step, draft, localize)}</dd>
          ${
            change
              ? html`<dd>
                  <button
                    type="button"
                    part="button"
                    class="button secondary change"
                    @click=${() => change(step)}
                  >
                    ${localize.t("cookChange")}
                    <span class="visually-hidden">${localize.t(stepInfo[step].title)}</span>
                  </button>
                </dd>`
              : nothing
          }
        </div>`,
    )}
  </dl>`;
}

/**
 * The last screen: every answer with a "Change" link while the application can still change, the
 * link to come back later, and Back / Send while it is a draft.
 */
export function renderReviewScreen(
  localize: LocalizeController,
  screen: {
    draft: Draft;
    editable: boolean;
    canSend: boolean;
    sending: boolean;
    manageUrl: string | undefined;
    change: (step: StepId) => void;
    back: () => void;
    send: () => void;
  },
) {
  return html`<section class="step" aria-labelledby="review-title">
    <h3 id="review-title" class="step-title" tabindex="-1">
      <span class="icon" aria-hidden="true">${stepInfo.review.icon}</span>
      ${localize.t("cookStepReview")}
    </h3>
    ${screen.editable ? html`<p class="hint muted">${localize.t("cookReviewHint")}</p>` : nothing}
    ${renderReview(screen.draft, localize, screen.editable ? screen.change : undefined)}
    ${renderKeepLink(localize, screen.manageUrl)}
    ${
      screen.canSend
        ? html`<div class="nav">
            <button type="button" part="button" class="button secondary" @click=${screen.back}>
              <span class="arrow" aria-hidden="true">←</span> ${localize.t("cookBack")}
            </button>
            <button
              type="button"
              part="button"
              class="button send"
              ?disabled=${screen.sending}
              @click=${screen.send}
            >
              ${localize.t(screen.sending ? "cookSubmitting" : "cookSubmit")}
            </button>
          </div>`
        : nothing
    }
  </section>`;
}
