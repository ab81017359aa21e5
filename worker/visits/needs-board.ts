import type { NeedsBoard } from "../../schema/contracts/admin/visits.js";
import type { AdminEventRow } from "../events/admin-event-queries.js";
import type { VisitRegistrationRow } from "./visit-queries.js";

const increment = (map: Record<string, number>, key: string, by: number) => {
  map[key] = (map[key] ?? 0) + by;
};

/**
 * What the visit needs against what is covered. A group's languages that are not spoken on the
 * trip need interpreting (counted in people); each confirmed interpreter covers their languages.
 */
export function needsBoard(event: AdminEventRow, confirmed: VisitRegistrationRow[]): NeedsBoard {
  const tripLanguages = new Set(event.languages);
  const groups = confirmed.filter((row) => row.audience === "visitor");
  const interpreters = confirmed.filter((row) => row.audience === "interpreter");
  const languagesNeeded: Record<string, number> = {};
  for (const group of groups) {
    const wanted = new Set(group.languages.filter((language) => !tripLanguages.has(language)));
    if (group.interpreterLanguage && /^[a-z]{2,3}$/.test(group.interpreterLanguage)) {
      wanted.add(group.interpreterLanguage);
    }
    for (const language of wanted)
      increment(languagesNeeded, language, group.adults + group.children);
  }
  const languagesCovered: Record<string, number> = {};
  for (const interpreter of interpreters) {
    for (const language of new Set(interpreter.languages)) increment(languagesCovered, language, 1);
  }
  const dietary = new Map<string, { text: string; groups: number }>();
  for (const group of groups) {
    const text = group.dietaryNeeds?.trim();
    if (!text) continue;
    const key = text.toLowerCase();
    const entry = dietary.get(key) ?? { text, groups: 0 };
    entry.groups++;
    dietary.set(key, entry);
  }
  const visitorSlots = event.slots.filter((slot) => slot.audience === "visitor");
  const capacity = visitorSlots.reduce((sum, slot) => sum + slot.capacity, 0);
  const taken = visitorSlots.reduce((sum, slot) => sum + slot.taken, 0);
  return {
    languagesNeeded,
    languagesCovered,
    gaps: Object.keys(languagesNeeded)
      .filter((language) => !languagesCovered[language])
      .sort(),
    visitors: {
      confirmedPeople: groups.reduce((sum, group) => sum + group.adults + group.children, 0),
      adults: groups.reduce((sum, group) => sum + group.adults, 0),
      children: groups.reduce((sum, group) => sum + group.children, 0),
      groups: groups.length,
    },
    seats: { capacity, taken, remaining: capacity - taken },
    wheelchairPlaces: groups.reduce((sum, group) => sum + group.wheelchairPlaces, 0),
    dietary: [...dietary.values()].sort((a, b) => b.groups - a.groups),
    hosts: event.slots
      .filter((slot) => slot.audience === "host" && slot.stopId)
      .map((slot) => ({
        stopId: slot.stopId!,
        place: event.itinerary.find((stop) => stop.id === slot.stopId)?.place ?? {},
        capacity: slot.capacity,
        taken: slot.taken,
      })),
  };
}
