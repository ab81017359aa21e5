/**
 * Every way the organiser API hands out personal data (names, contacts, needs, answers, comments),
 * as the audit log records it: `<what>.viewed` or `<what>.exported`, with the kind of id the row
 * names. Ids only, never what was read. The worker records these, the dashboard labels each one.
 */
export const personalDataReads = {
  "roster.viewed": "event",
  "roster.exported": "event",
  "roster.exported_sensitive": "event",
  "registration.viewed": "registration",
  "manifest.viewed": "event",
  "needs.viewed": "event",
  "feedback.viewed": "event",
  "applications.viewed": "event",
  "application.viewed": "application",
  "ledger.viewed": "event",
  "shifts.viewed": "event",
  "hours.viewed": "event",
  "hours.exported": "event",
  "mentoring.viewed": "mentoring_season",
} as const satisfies Record<string, "event" | "registration" | "application" | "mentoring_season">;

export type PersonalDataRead = keyof typeof personalDataReads;

export const isPersonalDataRead = (action: string): action is PersonalDataRead =>
  Object.hasOwn(personalDataReads, action);
