import type { ValidSignUp } from "../../schema/contracts/registrations.js";
import { ApiError, problem } from "../http/errors.js";

/** People need a few seconds to read and fill the form; bots do not. */
const minimumFillMs = 1500;

/** Refuses a form a bot filled: the hidden field filled in, or sent too fast. */
export function refuseBots(body: Pick<ValidSignUp, "website" | "fillMs">): void {
  if (body.website) {
    throw new ApiError(
      422,
      "validation_failed",
      "This sign-up looks automated and was not saved.",
      { website: problem("leave_empty", "Leave this field empty.") },
    );
  }
  if (body.fillMs < minimumFillMs) {
    throw new ApiError(
      422,
      "validation_failed",
      "That was very fast. Check your answers and send the form again.",
      { fillMs: problem("too_fast", "The form was sent too quickly.") },
    );
  }
}
