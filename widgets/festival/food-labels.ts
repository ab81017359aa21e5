import { html } from "../shared/fallback-text.js";
import type { Allergen } from "../../schema/contracts/festivals.js";
import { allergenLabels } from "../../schema/rules/food-labels.js";
import type { LocalizeController } from "../shared/localize.js";

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
