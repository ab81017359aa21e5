import type { RosterEntry } from "../../schema/contracts/admin/roster.js";
import { toCsv } from "../lib/csv.js";

const header = [
  "Code",
  "Status",
  "Waitlist position",
  "Name",
  "Time",
  "Adults",
  "Children",
  "Email",
  "Phone",
  "Language",
  "Interpreter language",
  "Access needs",
  "Food needs",
  "Consent",
  "Signed up at",
  "Checked in at",
  "No-show at",
];

/**
 * The roster as a spreadsheet: one row per registration, every column the organisers need.
 * `slotNames` says which time each person booked ("Evening, 2026-12-04 18:00").
 */
export function rosterCsv(entries: RosterEntry[], slotNames: ReadonlyMap<string, string>): string {
  return toCsv([
    header,
    ...entries.map((entry) => [
      entry.shortCode,
      entry.status,
      entry.position,
      entry.name,
      slotNames.get(entry.slotId) ?? "",
      entry.adults,
      entry.children,
      entry.email,
      entry.phone,
      entry.locale,
      entry.needs.interpreterLanguage,
      entry.needs.accessibility,
      entry.needs.dietary,
      entry.consentSource === "in_person" ? "in person" : "online",
      entry.createdAt,
      entry.checkedInAt,
      entry.noShowAt,
    ]),
  ]);
}
