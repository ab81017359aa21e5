/**
 * A cook's application, step by step: the questions in order, each with its picture and its
 * title's key. The widget's wizard and the worker's drawing of its first screen both follow it.
 */
export const steps = [
  "name",
  "contact",
  "cuisine",
  "dishes",
  "allergens",
  "diet",
  "needs",
  "hygiene",
  "public",
] as const;
export type StepId = (typeof steps)[number];
/** The questions, then a last screen to check everything and send it. */
export type Screen = StepId | "review";

/** The first step's question, the name on the menu, as both drawings ask it. */
export const nameField = {
  label: "cookName",
  hint: "cookNameHint",
  autocomplete: "nickname",
  maxlength: 60,
} as const;

/** Every screen of the wizard in order: the steps, then the review. */
export const screens: readonly Screen[] = [...steps, "review"];

export const stepInfo = {
  name: { icon: "👋", title: "cookStepName" },
  contact: { icon: "📞", title: "cookStepContact" },
  cuisine: { icon: "🍲", title: "cookStepCuisine" },
  dishes: { icon: "🥘", title: "cookStepDishes" },
  allergens: { icon: "🌾", title: "cookStepAllergens" },
  diet: { icon: "🥗", title: "cookStepDiet" },
  needs: { icon: "🔌", title: "cookStepNeeds" },
  hygiene: { icon: "🧼", title: "cookStepHygiene" },
  public: { icon: "📣", title: "cookStepPublic" },
  review: { icon: "✅", title: "cookStepReview" },
} as const satisfies Record<Screen, { icon: string; title: `cookStep${string}` }>;

/** Which step asks the question an API field path answers (`dishes.2.allergens` → allergens). */
export function stepOfField(path: string): StepId | undefined {
  const [first = "", , last = ""] = path.split(".");
  if (first === "dishes") {
    if (last === "allergens" || last === "allergensNone") return "allergens";
    if (last === "dietLabels") return "diet";
    return "dishes";
  }
  const byField: Record<string, StepId> = {
    displayName: "name",
    consent: "name",
    locale: "name",
    contact: "contact",
    email: "contact",
    phone: "contact",
    cuisine: "cuisine",
    stallNeeds: "needs",
    hygiene: "hygiene",
    hygieneExpiresOn: "hygiene",
    story: "public",
    consentPublic: "public",
  };
  return byField[first];
}

/** The first step in the order they are asked whose answer is missing. */
export function firstStepNeeding(paths: readonly string[]): StepId | undefined {
  const needing = new Set(paths.map(stepOfField));
  return steps.find((step) => needing.has(step));
}
