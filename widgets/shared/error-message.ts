import type { MessageKey, PluralKey } from "../i18n/messages.js";
import { ApiError } from "./api-client.js";
import type { LocalizeController } from "./localize.js";

/**
 * The words for a failed request: a message key, or a plural key with the number it counts (the
 * minutes a rate-limited person waits before trying again).
 */
export type ErrorMessage = MessageKey | { readonly key: PluralKey; readonly count: number };

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

/**
 * As `errorMessageKey`, for writes, which may also be refused for coming too often: that message
 * says in how many minutes to try again (`params.retryAfter` is in seconds).
 */
export function errorMessage(error: unknown): ErrorMessage {
  if (error instanceof ApiError && error.code === "rate_limited") {
    const seconds = Number(error.params.retryAfter);
    return {
      key: "errorRateLimited",
      count: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1,
    };
  }
  return errorMessageKey(error);
}

/** An `ErrorMessage` in the reader's language. */
export function errorText(localize: LocalizeController, message: ErrorMessage): string {
  return typeof message === "string"
    ? localize.t(message)
    : localize.plural(message.key, message.count);
}
