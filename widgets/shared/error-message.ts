import type { MessageKey } from "../i18n/messages.js";
import { ApiError } from "./api-client.js";

/** The plain-words message for a failed request; the API's own text is English-only. */
export function errorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return "errorGeneric";
  switch (error.code) {
    case "network":
      return "errorNetwork";
    case "not_found":
      return "errorNotFound";
    case "slot_full":
      return "errorFull";
    case "party_too_large":
      return "errorPartyTooLarge";
    case "signup_closed":
    case "event_not_open":
      return "errorClosed";
    case "forbidden_origin":
      return "errorForbidden";
    default:
      return "errorGeneric";
  }
}
