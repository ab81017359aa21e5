import type { Draft } from "../../schema/rules/cook-draft.js";
import type { Screen } from "../../schema/rules/cook-steps.js";
import { firstStepNeeding } from "../../schema/rules/cook-steps.js";

/*
 * Which step still needs an answer: where a cook coming back picks up, and where a refusal of
 * the server sends them. Loaded with the later steps (cook-later.ts), not with the first screen.
 */

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
