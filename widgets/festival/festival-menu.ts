import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { Allergen, DietLabel, MenuDish } from "../../schema/contracts/festivals.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";
import { allergenList, dietLabelKeys, dietLabelList } from "../../schema/rules/food-labels.js";
import { formatPrice, renderAllergen } from "./food-labels.js";

export interface MenuFilters {
  diet: readonly DietLabel[];
  without: readonly Allergen[];
  toggleDiet: (label: DietLabel, on: boolean) => void;
  toggleWithout: (allergen: Allergen, on: boolean) => void;
}

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

/** Diet labels and "without" allergens as checkboxes; each change asks the API again. */
export function renderMenuFilters(filters: MenuFilters, localize: LocalizeController) {
  return html`<form
    part="filters"
    class="menu-filters"
    role="search"
    aria-label=${localize.t("festivalFilters")}
    @submit=${(event: Event) => event.preventDefault()}
  >
    <fieldset class="group">
      <legend part="label">${localize.t("festivalDiet")}</legend>
      <div class="choices">
        ${dietLabelList.map(
          (label) =>
            html`<label class="choice" for="diet-${label}">
              <input
                part="input"
                type="checkbox"
                id="diet-${label}"
                .checked=${filters.diet.includes(label)}
                @change=${(event: Event) => filters.toggleDiet(label, checked(event))}
              />
              <span>${localize.t(dietLabelKeys[label])}</span>
            </label>`,
        )}
      </div>
    </fieldset>
    <fieldset class="group">
      <legend part="label">${localize.t("festivalWithout")}</legend>
      <div class="choices">
        ${allergenList.map(
          (allergen) =>
            html`<label class="choice" for="without-${allergen}">
              <input
                part="input"
                type="checkbox"
                id="without-${allergen}"
                .checked=${filters.without.includes(allergen)}
                @change=${(event: Event) => filters.toggleWithout(allergen, checked(event))}
              />
              ${renderAllergen(allergen, localize)}
            </label>`,
        )}
      </div>
    </fieldset>
  </form>`;
}

/* Allergens are always shown, with a picture AND the word, and an unanswered dish says so. */
function renderAllergens(dish: MenuDish, localize: LocalizeController) {
  if (dish.allergens.length > 0) {
    return html`<div class="allergens">
      <span class="allergens-label">${localize.t("festivalContains")}</span>
      <ul part="allergens" class="tags">
        ${dish.allergens.map(
          (allergen) =>
            html`<li class="tag allergen" data-allergen=${allergen}>
              ${renderAllergen(allergen, localize)}
            </li>`,
        )}
      </ul>
    </div>`;
  }
  return html`<p part="allergens" class="allergens">
    ${localize.t(dish.allergensNone ? "festivalNoAllergens" : "festivalAllergensUnknown")}
  </p>`;
}

function renderDish(dish: MenuDish, localize: LocalizeController) {
  const dir = directionOf(dish.contentLocale);
  const cook = dish.cook;
  return html`<li part="dish" class="dish panel" data-dish=${dish.id}>
    <div class="dish-head">
      <h4 lang=${dish.contentLocale} dir=${dir}>${dish.name}</h4>
      <p class="price">
        ${
          dish.free || dish.priceCents === null
            ? localize.t("freeDonation")
            : formatPrice(dish.priceCents, localize)
        }
      </p>
    </div>
    ${
      dish.description
        ? html`<p lang=${dish.descriptionLocale} dir=${directionOf(dish.descriptionLocale)}>
            ${dish.description}
          </p>`
        : nothing
    }
    ${
      dish.dietLabels.length > 0
        ? html`<ul class="tags diet">
            ${dish.dietLabels.map(
              (label) =>
                html`<li class="tag">
                  <span aria-hidden="true">✔️</span> ${localize.t(dietLabelKeys[label])}
                </li>`,
            )}
          </ul>`
        : nothing
    }
    ${renderAllergens(dish, localize)}
    ${
      cook
        ? html`<div part="cook" class="cook">
            <p class="cook-name">
              ${localize.t("festivalCookBy", { name: cook.displayName })}${
                cook.cuisine ? html` · <bdi>${cook.cuisine}</bdi>` : nothing
              }
            </p>
            ${cook.story ? html`<p class="story" dir="auto">${cook.story}</p>` : nothing}
          </div>`
        : nothing
    }
    ${
      dish.stall
        ? html`<p class="muted">${localize.t("festivalAtStall", { name: dish.stall })}</p>`
        : nothing
    }
  </li>`;
}

export function renderMenu(dishes: MenuDish[], filtered: boolean, localize: LocalizeController) {
  if (dishes.length === 0) {
    return html`<p part="empty" class="empty">
      ${localize.t(filtered ? "festivalMenuNoMatch" : "festivalMenuEmpty")}
    </p>`;
  }
  return html`<ul part="menu" class="menu" aria-label=${localize.t("festivalMenu")}>
      ${dishes.map((dish) => renderDish(dish, localize))}
    </ul>
    <p class="muted">${localize.t("festivalAllergenNote")}</p>`;
}
