import type { MessageKey } from "../i18n/messages.js";
/** The plain-words message for a failed request; the API's own text is English-only. */
export declare function errorMessageKey(error: unknown): MessageKey;
