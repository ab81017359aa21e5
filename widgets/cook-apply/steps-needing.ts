import type { Draft } from "../../schema/rules/cook-draft.js";
import type { Screen, StepId } from "../../schema/rules/cook-steps.js";
import { steps } from "../../schema/rules/cook-steps.js";

/*
 * Which step still needs an answer: where a cook coming back picks up, and where a refusal of
 * the server sends them. Loaded with the later steps (cook-later.ts), not with the first screen.
 */

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

/** Where a cook coming back through the manage link picks up: the first unanswered question. */
export function resumeScreen(draft: Draft): Screen {
  const missing: string[] = [];
  if (!draft.email.trim() && !draft.phone.trim()) missing.push("contact");
  if (draft.dishes.length === 0) missing.push("dishes");
  draft.dishes.forEach((dish, index) => {
    if (!dish.free && !dish.price.trim()) missing.push(`dishes.${index}.priceCents`);
    if (!dish.allergensNone && dish.allergens.length === 0) {
      missing.push(`dishes.${index}.allergens`);
    }
  });
  if (!draft.hygiene) missing.push("hygiene");
  else if (draft.hygiene === "done" && !draft.hygieneExpiresOn) missing.push("hygieneExpiresOn");
  return firstStepNeeding(missing) ?? "review";
}
