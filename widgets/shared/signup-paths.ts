import type { MessageKey } from "../i18n/messages.js";

/** Answers every sign-up form (an event's, a visit's) asks by the same contract path. */
export type SignUpField =
  | "adults"
  | "children"
  | "name"
  | "email"
  | "phone"
  | "interpreterLanguage"
  | "accessibility"
  | "dietary"
  | "consent";

/** The sign-up contract's paths, as the forms' fields and their words when refused. */
export const signUpPaths: Readonly<Record<string, readonly [SignUpField, MessageKey]>> = {
  adults: ["adults", "errorNumber"],
  children: ["children", "errorNumber"],
  name: ["name", "errorName"],
  email: ["email", "errorEmail"],
  phone: ["phone", "errorPhone"],
  "needs.interpreterLanguage": ["interpreterLanguage", "errorTooLong"],
  "needs.accessibility": ["accessibility", "errorTooLong"],
  "needs.dietary": ["dietary", "errorTooLong"],
  consent: ["consent", "errorConsent"],
};
