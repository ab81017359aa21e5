import { messageForField } from "../../schema/rules/cook-field-errors.js";
import type { DraftErrors } from "./draft.js";

/*
 * The server's refusals in the cook's words. Needed from the first save on, so it loads with the
 * code for the later steps, not with the first screen; the answers to and from the API are the
 * worker's too (`schema/rules/cook-draft.ts`).
 */

/** `allergensNone` errors belong beside the allergen checklist, like `allergens`. */
export function fromServerFields(fields: Readonly<Record<string, string>>): DraftErrors {
  const errors: DraftErrors = {};
  for (const path of Object.keys(fields)) {
    errors[path.replace(/\.allergensNone$/, ".allergens").replace(/\.free$/, ".priceCents")] =
      messageForField(path);
  }
  return errors;
}
