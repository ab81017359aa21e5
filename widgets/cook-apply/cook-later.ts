import { personalDataStyles } from "../shared/personal-data.styles.js";
import { cookLaterStyles } from "./cook-later.styles.js";

/*
 * Everything of the application after its first question, loaded once the cook starts answering
 * (or with the application, from the manage link), never with a new cook's first screen: the
 * other steps, the review screen, where the application stands, the answers to and from the API
 * and what a refused save means, the cook's own data, and the key that makes a retried first
 * save safe.
 */

export { AnswerKeys } from "../shared/idempotency-key.js";
export { cookData } from "./cook-my-data.js";
export { laterSteps } from "./cook-steps.js";
export { renderReviewScreen, renderStatus } from "./cook-review.js";
export { cookRefusalOf } from "./refusal.js";
export { fromView, toInput } from "../../schema/rules/cook-draft.js";
export { resumeScreen } from "./steps-needing.js";
export { renderKeepLink } from "./cook-keep-link.js";

export const laterStyles = [cookLaterStyles, personalDataStyles];
