import { toLatinDigits } from "../../i18n/digits.js";
import type { ApplicationInput, ApplicationView } from "../../schema/contracts/festivals.js";
import type { MessageKey } from "../i18n/messages.js";
import type { Draft, DraftErrors } from "./draft.js";

/*
 * The answers to and from the API: the server's copy as a draft, a draft as the API takes it, and
 * the server's refusals in the cook's words. Needed from the first save on, so it loads with the
 * code for the later steps, not with the first screen.
 */

export function fromView(view: ApplicationView): Draft {
  return {
    displayName: view.displayName,
    // The application exists, so the cook agreed when they started it.
    consent: true,
    email: view.email ?? "",
    phone: view.phone ?? "",
    cuisine: view.cuisine ?? "",
    story: view.story ?? "",
    dishes: view.dishes.map((dish) => ({
      id: dish.id,
      name: dish.name,
      description: dish.description,
      free: dish.free,
      price: dish.priceCents === null ? "" : (dish.priceCents / 100).toFixed(2),
      portions: dish.portions === null ? "" : String(dish.portions),
      allergens: [...dish.allergens],
      allergensNone: dish.allergensNone,
      dietLabels: [...dish.dietLabels],
    })),
    stallNeeds: { ...view.stallNeeds },
    hygiene: view.hygiene,
    hygieneExpiresOn: view.hygieneExpiresOn ?? "",
    consentPublic: view.consentPublic,
  };
}

/** "4.50", "4,5" or "4" → cents; undefined when it is not a price. */
export function parsePrice(text: string): number | undefined {
  const match = /^(\d{1,4})(?:[.,](\d{1,2}))?$/.exec(toLatinDigits(text.trim()));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}

export function parsePortions(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const portions = Number(toLatinDigits(text));
  return Number.isInteger(portions) && portions >= 1 && portions <= 10_000 ? portions : undefined;
}

export function toInput(draft: Draft, locale: string): ApplicationInput {
  const orNull = (text: string) => text.trim() || null;
  return {
    displayName: draft.displayName.trim(),
    email: orNull(draft.email),
    phone: orNull(toLatinDigits(draft.phone)),
    locale,
    cuisine: orNull(draft.cuisine),
    story: orNull(draft.story),
    dishes: draft.dishes.map((dish) => ({
      ...(dish.id ? { id: dish.id } : {}),
      name: dish.name.trim(),
      description: dish.description.trim(),
      free: dish.free,
      priceCents: dish.free ? null : (parsePrice(dish.price) ?? null),
      portions: parsePortions(dish.portions) ?? null,
      allergens: dish.allergensNone ? [] : dish.allergens,
      allergensNone: dish.allergensNone,
      dietLabels: dish.dietLabels,
    })),
    stallNeeds: draft.stallNeeds,
    hygiene: draft.hygiene,
    hygieneExpiresOn: draft.hygiene === "done" ? orNull(draft.hygieneExpiresOn) : null,
    consentPublic: draft.consentPublic,
    consent: true,
  };
}

/** The API's words for a field are English-only; these are ours, in the cook's language. */
export function messageForField(path: string): MessageKey {
  const last = path.split(".").pop() ?? path;
  const keys: Record<string, MessageKey> = {
    displayName: "errorName",
    consent: "errorConsent",
    contact: "cookErrorContact",
    email: "errorEmail",
    phone: "errorPhone",
    dishes: "cookErrorDishes",
    name: "cookErrorDishName",
    priceCents: "cookErrorPrice",
    free: "cookErrorPrice",
    portions: "cookErrorPortions",
    allergens: "cookErrorAllergens",
    allergensNone: "cookErrorAllergens",
    hygiene: "cookErrorHygiene",
    hygieneExpiresOn: "cookErrorExpires",
    cuisine: "errorTooLong",
    story: "errorTooLong",
    description: "errorTooLong",
  };
  return keys[last] ?? "errorGeneric";
}

/** `allergensNone` errors belong beside the allergen checklist, like `allergens`. */
export function fromServerFields(fields: Readonly<Record<string, string>>): DraftErrors {
  const errors: DraftErrors = {};
  for (const path of Object.keys(fields)) {
    errors[path.replace(/\.allergensNone$/, ".allergens").replace(/\.free$/, ".priceCents")] =
      messageForField(path);
  }
  return errors;
}
