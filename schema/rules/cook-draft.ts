import { toLatinDigits } from "../../i18n/digits.js";
import type { ApplicationInput, ApplicationView } from "../contracts/festivals.js";

/*
 * A cook's answers as a form holds them, and to and from the API: the widget's wizard edits them
 * in memory, the worker's drawing of the same wizard (a cook's first screens, before the widget's
 * code) reads them from a posted step. One reading of a price, of portions and of the server's
 * copy, so the two never disagree. No words here (they are in `cook-answer-words.ts`): the
 * widget's first step loads this, and the build gives a module the strings its sources name.
 */

export interface DishDraft {
  id?: string;
  name: string;
  description: string;
  free: boolean;
  /** As typed ("4,50"), so the field never reformats under the cook's fingers. */
  price: string;
  portions: string;
  allergens: ApplicationView["dishes"][number]["allergens"];
  allergensNone: boolean;
  dietLabels: ApplicationView["dishes"][number]["dietLabels"];
}

export type NeedKey = keyof ApplicationView["stallNeeds"];
export type Hygiene = NonNullable<ApplicationView["hygiene"]>;

/** The answers being edited; the server's copy is only replaced once a save succeeds. */
export interface Draft {
  displayName: string;
  consent: boolean;
  email: string;
  phone: string;
  cuisine: string;
  story: string;
  dishes: DishDraft[];
  stallNeeds: Record<NeedKey, boolean>;
  hygiene: Hygiene | null;
  hygieneExpiresOn: string;
  consentPublic: boolean;
}

export const maxDishes = 8;

export function emptyDish(): DishDraft {
  return {
    name: "",
    description: "",
    free: false,
    price: "",
    portions: "",
    allergens: [],
    allergensNone: false,
    dietLabels: [],
  };
}

export function emptyDraft(): Draft {
  return {
    displayName: "",
    consent: false,
    email: "",
    phone: "",
    cuisine: "",
    story: "",
    dishes: [],
    stallNeeds: { power: false, water: false, table: false, equipment: false, helper: false },
    hygiene: null,
    hygieneExpiresOn: "",
    consentPublic: false,
  };
}

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

/** What a form can tell and the API cannot: a price or a number of portions that is not one. */
export function unreadableDishFields(draft: Draft): string[] {
  const paths: string[] = [];
  draft.dishes.forEach((dish, index) => {
    const path = `dishes.${index}`;
    if (!dish.free && dish.price.trim() && parsePrice(dish.price) === undefined) {
      paths.push(`${path}.priceCents`);
    }
    if (parsePortions(dish.portions) === undefined) paths.push(`${path}.portions`);
  });
  return paths;
}
