import type { Draft, DishDraft } from "../../schema/rules/cook-draft.js";
import { maxDishes } from "../../schema/rules/cook-draft.js";
import {
  cookTextFields,
  dishTextFields,
  hygieneLabels,
  needLabels,
} from "../../schema/rules/cook-answer-words.js";
import type { StepId } from "../../schema/rules/cook-steps.js";
import { nameField } from "../../schema/rules/cook-steps.js";
import {
  allergenLabels,
  allergenList,
  dietLabelKeys,
  dietLabelList,
} from "../../schema/rules/food-labels.js";
import { formatNumber } from "../../i18n/format.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import type { CookScreen } from "./cook-screen-parts.js";
import { checkbox, dishTitle, goButton, icon, textField } from "./cook-screen-parts.js";

/*
 * Each step's own fields as the widget's steps draw them (`widgets/cook-apply/cook-name-step.ts`,
 * `cook-steps.ts`, `cook-dish-steps.ts`), for the worker's drawing of a cook's application. A
 * dish's price and the hygiene date are drawn always and hidden by the styles while they do not
 * apply (the widget leaves them out then).
 */

function nameFields(draft: Draft, retentionDays: number, words: PageWords): string {
  return (
    textField({ id: "displayName", ...nameField, value: draft.displayName }, words) +
    ` <div class="field">${checkbox({
      id: "consent",
      checked: draft.consent,
      label: words.plural("cookConsent", retentionDays),
    })} </div>`
  );
}

function contactFields(draft: Draft, words: PageWords): string {
  return (
    `<fieldset class="group" aria-describedby="contact-hint">` +
    `<legend class="visually-hidden">${e(words.t("cookStepContact"))}</legend> ` +
    `<p id="contact-hint" class="hint muted">${e(words.t("cookContactHint"))}</p> ` +
    textField({ id: "phone", ...cookTextFields.phone, value: draft.phone }, words) +
    textField({ id: "email", ...cookTextFields.email, value: draft.email }, words) +
    `</fieldset>`
  );
}

function dishFields(dish: DishDraft, index: number, words: PageWords): string {
  const id = (name: string) => `dish-${index}-${name}`;
  const title = e(words.t("cookDish", { number: formatNumber(words.locale, index + 1) }));
  return (
    `<fieldset class="group dish" data-dish="${index}"><legend part="label">${title}</legend> ` +
    textField({ id: id("name"), ...dishTextFields.name, value: dish.name }, words) +
    textField(
      { id: id("description"), ...dishTextFields.description, value: dish.description },
      words,
    ) +
    `<div class="price">` +
    // Drawn even for a free dish (the widget leaves it out): the styles hide it while the box
    // below is ticked, and a free dish's price is not sent.
    textField({ id: id("price"), ...dishTextFields.price, value: dish.price }, words) +
    `<div class="field">${checkbox({ id: id("free"), checked: dish.free, icon: "🤲", label: words.t("freeDonation") })}</div>` +
    `</div>` +
    textField({ id: id("portions"), ...dishTextFields.portions, value: dish.portions }, words) +
    goButton(
      `remove-dish-${index}`,
      `${e(words.t("cookRemoveDish"))} <span class="visually-hidden">(${title})</span>`,
      "remove",
      words,
    ) +
    `</fieldset>`
  );
}

function dishesFields(draft: Draft, words: PageWords): string {
  return (
    `<p id="dishes-hint" class="hint muted">${e(words.t("cookDishesHint"))}</p> ` +
    draft.dishes.map((dish, index) => dishFields(dish, index, words)).join(" ") +
    (draft.dishes.length >= maxDishes
      ? `<p class="muted">${e(words.t("cookDishesMax"))}</p>`
      : goButton(
          "add-dish",
          `<span aria-hidden="true">➕</span> ${e(words.t("cookAddDish"))}`,
          "add",
          words,
        ))
  );
}

const noDishesYet = (draft: Draft, words: PageWords) =>
  draft.dishes.length === 0 ? `<p class="muted">${e(words.t("cookErrorDishes"))}</p>` : "";

function allergenFields(draft: Draft, words: PageWords): string {
  return (
    `<p class="hint muted">${e(words.t("cookAllergensHint"))}</p> ` +
    noDishesYet(draft, words) +
    draft.dishes
      .map((dish, index) => {
        const id = `dish-${index}-allergens`;
        return (
          `<fieldset class="group" data-dish="${index}"><legend part="label">${dishTitle(dish, index, words)}</legend> ` +
          `<div class="choices">` +
          allergenList
            .map((allergen) =>
              checkbox({
                id: `${id}-${allergen}`,
                checked: dish.allergens.includes(allergen),
                icon: allergenLabels[allergen].icon,
                label: words.t(allergenLabels[allergen].key),
              }),
            )
            .join(" ") +
          `</div> <label class="choice none" for="${id}-none">` +
          `<input part="input" type="checkbox" id="${id}-none" name="${id}-none" value="on"` +
          `${dish.allergensNone ? " checked" : ""} aria-invalid="false"> ` +
          `${icon("🚫")} <span>${e(words.t("cookAllergensNone"))}</span></label></fieldset>`
        );
      })
      .join(" ")
  );
}

function dietFields(draft: Draft, words: PageWords): string {
  return (
    `<p class="hint muted">${e(words.t("cookDietHint"))}</p> ` +
    noDishesYet(draft, words) +
    draft.dishes
      .map(
        (dish, index) =>
          `<fieldset class="group" data-dish="${index}"><legend part="label">${dishTitle(dish, index, words)}</legend> ` +
          `<div class="choices">` +
          dietLabelList
            .map((label) =>
              checkbox({
                id: `dish-${index}-diet-${label}`,
                checked: dish.dietLabels.includes(label),
                icon: "✔️",
                label: words.t(dietLabelKeys[label]),
              }),
            )
            .join(" ") +
          `</div></fieldset>`,
      )
      .join(" ")
  );
}

function needsFields(draft: Draft, words: PageWords): string {
  return (
    `<fieldset class="group" aria-describedby="needs-hint">` +
    `<legend part="label">${e(words.t("cookNeedsLegend"))}</legend> ` +
    `<p id="needs-hint" class="hint muted">${e(words.t("cookNeedsHint"))}</p> <div class="choices">` +
    (Object.keys(needLabels) as (keyof typeof needLabels)[])
      .map((need) =>
        checkbox({
          id: `need-${need}`,
          checked: draft.stallNeeds[need],
          icon: needLabels[need].icon,
          label: words.t(needLabels[need].key),
        }),
      )
      .join(" ") +
    `</div></fieldset>`
  );
}

function hygieneFields(draft: Draft, words: PageWords): string {
  const choices = (Object.keys(hygieneLabels) as (keyof typeof hygieneLabels)[])
    .map(
      (choice) =>
        `<label class="choice" for="hygiene-${choice}"><input part="input" type="radio" name="hygiene"` +
        ` id="hygiene-${choice}" value="${choice}"${draft.hygiene === choice ? " checked" : ""} aria-invalid="false"> ` +
        `${icon(hygieneLabels[choice].icon)} <span>${e(words.t(hygieneLabels[choice].key))}</span></label>`,
    )
    .join(" ");
  return (
    `<fieldset class="group"><legend part="label">${e(words.t("cookHygieneLegend"))}</legend> ${choices}</fieldset> ` +
    // Shown once "done" is chosen (the styles, `.expires`): the widget draws it only then.
    `<div class="expires">` +
    textField(
      { id: "hygieneExpiresOn", ...cookTextFields.hygieneExpiresOn, value: draft.hygieneExpiresOn },
      words,
    ) +
    `</div>`
  );
}

function publicFields(draft: Draft, words: PageWords): string {
  return (
    `<div class="field">${checkbox({
      id: "consentPublic",
      checked: draft.consentPublic,
      icon: "🙋",
      label: words.t("cookPublicConsent"),
    })} <p class="hint muted">${e(words.t("cookPublicHint"))}</p></div> ` +
    textField({ id: "story", ...cookTextFields.story, value: draft.story }, words)
  );
}

/** A step's own fields, between its title and its buttons. */
export function stepFields(step: StepId, page: CookScreen): string {
  const { draft, words } = page;
  const fields: Record<StepId, () => string> = {
    name: () => nameFields(draft, page.retentionDays, words),
    contact: () => contactFields(draft, words),
    cuisine: () =>
      textField({ id: "cuisine", ...cookTextFields.cuisine, value: draft.cuisine }, words),
    dishes: () => dishesFields(draft, words),
    allergens: () => allergenFields(draft, words),
    diet: () => dietFields(draft, words),
    needs: () => needsFields(draft, words),
    hygiene: () => hygieneFields(draft, words),
    public: () => publicFields(draft, words),
  };
  return fields[step]();
}
