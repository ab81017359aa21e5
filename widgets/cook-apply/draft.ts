import type { MessageKey } from "../i18n/messages.js";

/** Field path (as the API names it) → what to tell the cook. */
export type DraftErrors = Partial<Record<string, MessageKey>>;
