import type { AdminSlot } from "../../../schema/contracts/admin/events.js";
import type {
  AdminPickupPoint,
  AdminStop,
  ItineraryInput,
} from "../../../schema/contracts/admin/visits.js";
import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import { compact } from "../editor/draft.js";
import { fromLocalInput, toLocalInput } from "../editor/zoned-time.js";

/** A stop as the form holds it: texts as typed, the arrival on the visit's clock. */
export interface StopDraft {
  id?: string;
  /** Stable across reordering, so Lit keeps each stop's controls (and focus) with it. */
  key: string;
  place: LocaleText;
  address: string;
  arrivesAt: string;
  activity: LocaleText;
  accessibility: LocaleText;
}

export interface PickupDraft {
  id?: string;
  key: string;
  name: string;
  address: string;
  departsAt: string;
}

export interface ItineraryDraft {
  stops: StopDraft[];
  pickupPoints: PickupDraft[];
}

export const stopTexts = ["place", "activity", "accessibility"] as const;
export type StopText = (typeof stopTexts)[number];

let keys = 0;
const newKey = () => `new-${++keys}`;

export function emptyStop(): StopDraft {
  return {
    key: newKey(),
    place: {},
    address: "",
    arrivesAt: "",
    activity: {},
    accessibility: {},
  };
}

export function emptyPickup(): PickupDraft {
  return { key: newKey(), name: "", address: "", departsAt: "" };
}

export function itineraryDraftOf(
  stops: readonly AdminStop[],
  pickupPoints: readonly AdminPickupPoint[],
  timeZone: string,
): ItineraryDraft {
  const byPosition = <T extends { position: number }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.position - b.position);
  return {
    stops: byPosition(stops).map((stop) => ({
      id: stop.id,
      key: stop.id,
      place: { ...stop.place },
      address: stop.address ?? "",
      arrivesAt: toLocalInput(stop.arrivesAt, timeZone),
      activity: { ...stop.activity },
      accessibility: { ...stop.accessibility },
    })),
    pickupPoints: byPosition(pickupPoints).map((point) => ({
      id: point.id,
      key: point.id,
      name: point.name,
      address: point.address ?? "",
      departsAt: toLocalInput(point.departsAt, timeZone),
    })),
  };
}

/** The API body, in the order shown: the server numbers stops and pick-ups by their place in it. */
export function itineraryInputOf(draft: ItineraryDraft, timeZone: string): ItineraryInput {
  const at = (local: string) => fromLocalInput(local, timeZone);
  const orNull = (text: string) => text.trim() || null;
  return {
    stops: draft.stops.map((stop) => ({
      ...(stop.id ? { id: stop.id } : {}),
      place: compact(stop.place),
      address: orNull(stop.address),
      arrivesAt: at(stop.arrivesAt),
      activity: compact(stop.activity),
      accessibility: compact(stop.accessibility),
    })),
    pickupPoints: draft.pickupPoints.map((point) => ({
      ...(point.id ? { id: point.id } : {}),
      name: point.name.trim(),
      address: orNull(point.address),
      departsAt: at(point.departsAt),
    })),
  };
}

/** Sets a value by its form name (`stops.0.place.en`, `pickupPoints.1.name`). */
export function withItineraryValue(
  draft: ItineraryDraft,
  name: string,
  value: string,
): ItineraryDraft {
  const [list, position, field, locale] = name.split(".");
  const index = Number(position);
  if (list === "stops" && field) {
    const stops = draft.stops.map((stop, i) => {
      if (i !== index) return stop;
      if ((stopTexts as readonly string[]).includes(field) && locale) {
        const key = field as StopText;
        return { ...stop, [key]: { ...stop[key], [locale]: value } };
      }
      return field in stop ? { ...stop, [field]: value } : stop;
    });
    return { ...draft, stops };
  }
  if (list === "pickupPoints" && field) {
    const pickupPoints = draft.pickupPoints.map((point, i) =>
      i === index && field in point ? { ...point, [field]: value } : point,
    );
    return { ...draft, pickupPoints };
  }
  return draft;
}

/** Swaps an item with its neighbour; out-of-range moves change nothing. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[target]] = [copy[target]!, copy[index]!];
  return copy;
}

export interface Places {
  capacity: number;
  taken: number;
}

const sum = (slots: readonly AdminSlot[]): Places => ({
  capacity: slots.reduce((total, slot) => total + slot.capacity, 0),
  taken: slots.reduce((total, slot) => total + slot.taken, 0),
});

/** Visitor seats, interpreter places and host places per stop, from the event's saved slots. */
export function placesOf(slots: readonly AdminSlot[]) {
  return {
    visitor: sum(slots.filter((slot) => slot.audience === "visitor")),
    interpreter: sum(slots.filter((slot) => slot.audience === "interpreter")),
    hostsAt: (stopId: string) =>
      sum(slots.filter((slot) => slot.audience === "host" && slot.stopId === stopId)),
  };
}
