import type * as v from "valibot";
import type { eventInputSchema } from "../../schema/contracts/admin/events.js";

/** An event as the editor sends it, once its contract has checked it. */
export type ValidEventInput = v.InferOutput<typeof eventInputSchema>;

/** How the input's values are stored: times as epoch milliseconds, texts per language as JSON. */
export const ms = (value: string) => Date.parse(value);
export const msOrNull = (value: string | null) => (value === null ? null : Date.parse(value));
export const json = (value: unknown) => JSON.stringify(value);
export const emptyToNull = (value: string | null) => (value ? value : null);

/** The event's own columns, in the order the INSERT and UPDATE of save-event.ts bind them (?2…?19). */
export function eventValues(input: ValidEventInput): unknown[] {
  return [
    input.kind,
    json(input.title),
    json(input.summary),
    json(input.description),
    emptyToNull(input.venueName),
    emptyToNull(input.venueAddress),
    emptyToNull(input.region),
    emptyToNull(input.onlineUrl),
    ms(input.startsAt),
    ms(input.endsAt),
    input.timeZone,
    msOrNull(input.signupOpensAt),
    msOrNull(input.signupClosesAt),
    json(input.languages),
    json(input.interpretation),
    json(input.accessibilityNotes),
  ];
}

/** Only volunteer shifts have a role. */
export const shiftRole = (slot: ValidEventInput["slots"][number]) =>
  slot.audience === "volunteer" ? (slot.roleId ?? null) : null;

/** Only host places belong to a stop. */
export const hostStop = (slot: ValidEventInput["slots"][number]) =>
  slot.audience === "host" ? (slot.stopId ?? null) : null;
