import type { RosterEntry } from "../../schema/contracts/admin/roster.js";
import type { AdminQuestion, AnswerValue } from "../../schema/contracts/questions.js";
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

/**
 * An answer as a spreadsheet cell: the chosen choices' words (joined by "; "), yes or no, the
 * number or the text. A choice removed since is left out.
 */
function answerCell(question: CsvQuestion, value: AnswerValue | undefined): string | number | null {
  if (value === undefined) return null;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return value;
  if (typeof value === "string" && question.choices.length === 0) return value;
  const chosen = Array.isArray(value) ? value : [value];
  return question.choices
    .filter((choice) => chosen.includes(choice.id))
    .map((choice) => choice.label)
    .join("; ");
}

/** A question's column: its words and its choices' in the organisation's language. */
export interface CsvQuestion {
  id: string;
  label: string;
  choices: { id: string; label: string }[];
}

/**
 * The questions whose answers the spreadsheet carries, in the organisation's language: not the
 * sensitive ones unless the organiser asked for them (`withSensitive`, its own audit action).
 */
export function csvQuestionsOf(
  questions: AdminQuestion[],
  locale: string,
  withSensitive = false,
): CsvQuestion[] {
  return questions
    .filter((question) => withSensitive || !question.sensitive)
    .map((question) => ({
      id: question.id,
      label: resolveText(question.label, locale).text,
      choices: question.choices.map((choice) => ({
        id: choice.id,
        label: resolveText(choice.label, locale).text,
      })),
    }));
}

function rowOf(
  entry: RosterEntry,
  slotNames: ReadonlyMap<string, string>,
  questions: readonly CsvQuestion[],
) {
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
    ...questions.map((question) => answerCell(question, entry.answers[question.id])),
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
  questions: readonly CsvQuestion[] = [],
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let offset = 0;
  return new ReadableStream({
    start(controller) {
      const columns = [...header, ...questions.map((question) => question.label)];
      controller.enqueue(encoder.encode(csvStart + csvRows([columns])));
    },
    async pull(controller) {
      const entries = await readPage(offset);
      offset += entries.length;
      if (entries.length > 0) {
        const rows = entries.map((entry) => rowOf(entry, slotNames, questions));
        controller.enqueue(encoder.encode(csvRows(rows)));
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
