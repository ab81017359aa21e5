import type { Allergen, DietLabel } from "../contracts/festivals.js";

/*
 * A dish's allergens and diet labels as people read them, for the widgets and the worker's
 * drawing of a cook's application alike. The lists are repeated here rather than read from the
 * contract's values: the contracts module pulls in valibot, which must not reach the widget
 * bundle (only its types are imported). `satisfies` keeps them in step with the contract.
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
} as const satisfies Record<Allergen, { icon: string; key: `allergen${string}` }>;

export const dietLabelKeys = {
  vegan: "dietVegan",
  vegetarian: "dietVegetarian",
  halal: "dietHalal",
  kosher: "dietKosher",
  "gluten-free": "dietGlutenFree",
  "lactose-free": "dietLactoseFree",
} as const satisfies Record<DietLabel, `diet${string}`>;

export const allergenList = Object.keys(allergenLabels) as Allergen[];
export const dietLabelList = Object.keys(dietLabelKeys) as DietLabel[];
