import type { RosterEntry } from "../../schema/contracts/admin/roster.js";
import { resolveText } from "../../i18n/content.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { localParts } from "../../schema/rules/time-zone.js";
import { csvRows, csvStart } from "../lib/csv.js";
import type { SlotTimeRow } from "./roster-queries.js";

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

/** People read for the spreadsheet at a time. */
export const csvPageSize = 1000;

function rowOf(entry: RosterEntry, slotNames: ReadonlyMap<string, string>) {
  return [
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
  ];
}

/**
 * The roster as a spreadsheet, streamed: one row per registration, every column the organisers
 * need, read `csvPageSize` people at a time through `readPage(offset)`. `slotNames` says which
 * time each person booked ("Evening, 2026-12-04 18:00").
 */
export function rosterCsvStream(
  readPage: (offset: number) => Promise<RosterEntry[]>,
  slotNames: ReadonlyMap<string, string>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let offset = 0;
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(csvStart + csvRows([header])));
    },
    async pull(controller) {
      const entries = await readPage(offset);
      offset += entries.length;
      if (entries.length > 0) {
        controller.enqueue(encoder.encode(csvRows(entries.map((e) => rowOf(e, slotNames)))));
      }
      if (entries.length < csvPageSize) controller.close();
    },
  });
}

/** Each time's label and local start, for the spreadsheet ("Evening, 2026-12-04 18:00"). */
export function slotNamesOf(slots: SlotTimeRow[], locale: string): Map<string, string> {
  const pad = (value: number) => String(value).padStart(2, "0");
  return new Map(
    slots.map((slot) => {
      const at = localParts(slot.startsAt, slot.timeZone);
      const label = resolveText(JSON.parse(slot.label) as LocaleText, locale).text;
      const when = `${at.year}-${pad(at.month)}-${pad(at.day)} ${pad(at.hour)}:${pad(at.minute)}`;
      return [slot.id, [label, when].filter(Boolean).join(", ")];
    }),
  );
}
