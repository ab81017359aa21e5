import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminApplication, AdminDish } from "../../../schema/contracts/admin/festivals.js";
import { directionOf } from "../../../i18n/languages.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { pickLocale, pickText } from "../shared/locale-text.js";
import { formatCents } from "./money.js";

/** The cook's own words first: organisers judge the dish as the cook described it. */
export function cookWords(dish: AdminDish, cookLocale: string) {
  const nameLocale = pickLocale(dish.name, [cookLocale]) ?? cookLocale;
  return {
    name: pickText(dish.name, [cookLocale]),
    description: pickText(dish.description, [cookLocale]),
    lang: nameLocale,
    dir: directionOf(nameLocale),
  };
}

/** A dish with its allergens and diet labels in words, and its price or "free". */
export function renderDish(dish: AdminDish, cookLocale: string, localize: AdminLocalizeController) {
  const t = localize.t.bind(localize);
  const words = cookWords(dish, cookLocale);
  const allergens = dish.allergensNone
    ? t("allergensNone")
    : dish.allergens.length > 0
      ? dish.allergens.map((allergen) => t(`allergen_${allergen}`)).join(", ")
      : t("allergensUnanswered");
  return html`<li class="dish">
    <strong lang=${words.lang} dir=${words.dir}>${words.name}</strong>
    —
    ${dish.free ? t("dishFree") : dish.priceCents === null ? t("dishNoPrice") : formatCents(dish.priceCents, localize)}
    ${
      words.description
        ? html`<p class="cook-words" lang=${words.lang} dir=${words.dir}>${words.description}</p>`
        : nothing
    }
    <p class="meta">
      <span>${t("dishAllergens")}: ${allergens}</span>
      ${
        dish.dietLabels.length > 0
          ? html`<span
              >${t("dishDiet")}:
              ${dish.dietLabels.map((label) => t(`diet_${label}`)).join(", ")}</span
            >`
          : nothing
      }
    </p>
  </li>`;
}

/** "Power, water" — what the cook asked for at their stall. */
export function needsText(
  needs: AdminApplication["stallNeeds"],
  localize: AdminLocalizeController,
): string {
  const asked = (["power", "water", "table", "equipment", "helper"] as const)
    .filter((need) => needs[need])
    .map((need) => localize.t(`need_${need}`));
  return asked.length > 0
    ? new Intl.ListFormat(localize.locale, { type: "unit" }).format(asked)
    : localize.t("none");
}
