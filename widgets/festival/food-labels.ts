import { html } from "../shared/fallback-text.js";
import type { Allergen, DietLabel } from "../../schema/contracts/festivals.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";

/*
 * The lists are repeated here rather than imported: the contracts module pulls in valibot,
 * which must not reach the widget bundle. `satisfies` keeps them in step with the contract.
 */

/** The EU's 14 allergens, each with a picture and its word: the picture never stands alone. */
export const allergenLabels = {
  gluten: { icon: "🌾", key: "allergenGluten" },
  crustaceans: { icon: "🦐", key: "allergenCrustaceans" },
  eggs: { icon: "🥚", key: "allergenEggs" },
  fish: { icon: "🐟", key: "allergenFish" },
  peanuts: { icon: "🥜", key: "allergenPeanuts" },
  soy: { icon: "🫘", key: "allergenSoy" },
  milk: { icon: "🥛", key: "allergenMilk" },
  nuts: { icon: "🌰", key: "allergenNuts" },
  celery: { icon: "🥬", key: "allergenCelery" },
  mustard: { icon: "🌭", key: "allergenMustard" },
  sesame: { icon: "🥯", key: "allergenSesame" },
  sulphites: { icon: "🍷", key: "allergenSulphites" },
  lupin: { icon: "🌼", key: "allergenLupin" },
  molluscs: { icon: "🦪", key: "allergenMolluscs" },
} as const satisfies Record<Allergen, { icon: string; key: MessageKey }>;

export const dietLabelKeys = {
  vegan: "dietVegan",
  vegetarian: "dietVegetarian",
  halal: "dietHalal",
  kosher: "dietKosher",
  "gluten-free": "dietGlutenFree",
  "lactose-free": "dietLactoseFree",
} as const satisfies Record<DietLabel, MessageKey>;

export const allergenList = Object.keys(allergenLabels) as Allergen[];
export const dietLabelList = Object.keys(dietLabelKeys) as DietLabel[];

/** Icon (hidden from screen readers) and word, side by side. */
export function renderAllergen(allergen: Allergen, localize: LocalizeController) {
  const { icon, key } = allergenLabels[allergen];
  return html`<span class="icon" aria-hidden="true">${icon}</span><span>${localize.t(key)}</span>`;
}

/** Prices carry no currency in the contract; the festivals Hearth serves are in the euro area. */
export function formatPrice(cents: number, localize: LocalizeController): string {
  return new Intl.NumberFormat(localize.locale, { style: "currency", currency: "EUR" }).format(
    cents / 100,
  );
}
