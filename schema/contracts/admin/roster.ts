import type { AnswerValue } from "../questions.js";
import * as v from "valibot";
import { doorCodePattern } from "../../rules/door-code.js";
import { signUpBodySchema } from "../registrations.js";
import type { RegistrationStatus } from "../registrations.js";

/** `GET …/events/:eventId/registrations` query. */
/**
 * `GET …/registrations.csv`: `sensitive=1` adds the answers to sensitive questions (an export of
 * its own in the audit log); without it they are left out.
 */
export const rosterCsvQuerySchema = v.object({
  sensitive: v.optional(v.picklist(["0", "1"], "Use sensitive=1 or leave it out."), "0"),
});

export const rosterQuerySchema = v.object({
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
  status: v.optional(v.picklist(["confirmed", "offered", "waitlisted", "cancelled"])),
  slot: v.optional(v.pipe(v.string(), v.maxLength(64))),
  code: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.toUpperCase(),
      v.regex(doorCodePattern, "Use the 6-character code."),
    ),
  ),
  /** The next page: `nextCursor` of the page before. */
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** `POST …/events/:eventId/registrations`: a caseworker registers someone on their behalf. */
export const registerOnBehalfBodySchema = v.object({
  ...v.omit(signUpBodySchema, ["consent", "website", "fillMs"]).entries,
  consentInPerson: v.literal(true, "Confirm that the person agreed, in person or by phone."),
});

/** `POST …/registrations/:registrationId/move` — through the booking engine, never past capacity. */
export const moveRegistrationBodySchema = v.object({
  to: v.picklist(["confirmed", "waitlisted"], "Choose confirmed or waitlisted."),
});

export interface RosterEntry {
  id: string;
  shortCode: string | null;
  status: RegistrationStatus;
  position: number | null;
  /** While `offered`: until when the freed place is held for them. */
  offerExpiresAt: string | null;
  /** Answers to the event's own questions (`AdminQuestion`), by question id. */
  answers: Record<string, AnswerValue>;
  slotId: string;
  adults: number;
  children: number;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  needs: {
    interpreterLanguage: string | null;
    accessibility: string | null;
    dietary: string | null;
  };
  consentSource: "online" | "in_person";
  createdAt: string;
  checkedInAt: string | null;
  noShowAt: string | null;
  erased: boolean;
}

export interface RosterTotals {
  /** People (adults + children) per status. */
  confirmedPeople: number;
  waitlistedPeople: number;
  /** Offered a freed place, not answered yet: their places are held. */
  offeredPeople: number;
  cancelledPeople: number;
  adults: number;
  children: number;
  checkedInPeople: number;
  /** Interpreter language → confirmed people who asked for it. */
  interpreterLanguages: Record<string, number>;
}

/** People on one page of the roster; the totals are always the whole event's. */
export const rosterPageSize = 50;

export interface RosterResponse {
  entries: RosterEntry[];
  totals: RosterTotals;
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface RosterEntryResponse {
  entry: RosterEntry;
}
