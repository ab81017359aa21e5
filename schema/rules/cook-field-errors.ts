/*
 * What to tell a cook about a refused answer, by its API field path, as message keys for the
 * widget's and the worker's catalogues alike. Apart from the fields' words
 * (`cook-answer-words.ts`): the widget's checks load with its first step's Next, and the build
 * gives a module the strings its sources name.
 */

/** The API's words for a field are English-only; these keys are ours, in the cook's language. */
const fieldMessages = {
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
} as const;

export type FieldMessageKey = (typeof fieldMessages)[keyof typeof fieldMessages] | "errorGeneric";

/** The key of what to tell the cook about an API field path (`dishes.2.priceCents`). */
export function messageForField(path: string): FieldMessageKey {
  const last = path.split(".").pop() ?? path;
  return (fieldMessages as Record<string, FieldMessageKey>)[last] ?? "errorGeneric";
}
