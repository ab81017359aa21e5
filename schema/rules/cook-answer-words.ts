import type { Hygiene, NeedKey } from "./cook-draft.js";

/*
 * The words of a cook's answers (message keys, for the widget's and the worker's catalogues
 * alike) and how each is asked: the later steps' fields, and the choices for a stall and for
 * food safety. Loaded with the steps after the first, never with a new cook's first screen.
 */

/** A stall's needs, in the order the form asks them, each with its picture and word. */
export const needLabels = {
  power: { icon: "🔌", key: "needPower" },
  water: { icon: "🚰", key: "needWater" },
  table: { icon: "🪑", key: "needTable" },
  equipment: { icon: "🍳", key: "needEquipment" },
  helper: { icon: "🤝", key: "needHelper" },
} as const satisfies Record<NeedKey, { icon: string; key: `need${string}` }>;

/** Food-safety training, in the order the form offers it, each with its picture and word. */
export const hygieneLabels = {
  none: { icon: "✋", key: "hygieneNone" },
  planned: { icon: "📅", key: "hygienePlanned" },
  done: { icon: "📜", key: "hygieneDone" },
} as const satisfies Record<Hygiene, { icon: string; key: `hygiene${string}` }>;

/**
 * A cook's text answers after the first step as both drawings ask them (the widget's steps and the
 * worker's, `worker/embed/cook-step-screens.ts`): each field's words (keys), the keyboard it brings
 * up, what a browser may fill in, and the most it takes (the contract's limits). The first step's
 * is `nameField` (`cook-steps.ts`).
 */
export const cookTextFields = {
  phone: { label: "cookPhone", type: "tel", inputmode: "tel", autocomplete: "tel" },
  email: { label: "cookEmail", type: "email", inputmode: "email", autocomplete: "email" },
  cuisine: { label: "cookCuisine", hint: "cookCuisineHint", maxlength: 80 },
  hygieneExpiresOn: { label: "cookHygieneExpires", type: "date" },
  story: { label: "cookStory", hint: "cookStoryHint", multiline: true, maxlength: 1000 },
} as const;

/** Each dish's text answers, as `cookTextFields` (their ids are `dish-<n>-<field>`). */
export const dishTextFields = {
  name: { label: "cookDishName", maxlength: 80 },
  description: { label: "cookDishDescription", multiline: true, maxlength: 300 },
  price: { label: "cookDishPrice", hint: "cookDishPriceHint", inputmode: "decimal" },
  portions: { label: "cookDishPortions", inputmode: "numeric" },
} as const;
