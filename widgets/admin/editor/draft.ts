import type {
  AdminEvent,
  EventInput,
  slotAudiences,
} from "../../../schema/contracts/admin/events.js";
import type { EventKind } from "../../../schema/contracts/events.js";
import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import { fromLocalInput, toLocalInput } from "./zoned-time.js";

export type SlotAudience = (typeof slotAudiences)[number];

/** What the form holds: text as typed, times on the event's clock. */
export interface SlotDraft {
  id?: string;
  /** Who the places are for: attendees or volunteers; visits add visitors, hosts, interpreters. */
  audience: SlotAudience;
  /** Host places: the itinerary stop they host ("" for none chosen). */
  stopId: string;
  /** Volunteer shifts: the role ("" for none chosen) and the minimum needed, as typed. */
  roleId: string;
  minimum: string;
  label: LocaleText;
  startsAt: string;
  endsAt: string;
  capacity: string;
  waitlistCapacity: string;
  /** Places already taken: capacity can't go below it and the slot can't be removed. */
  taken: number;
}

export interface EventDraft {
  kind: EventKind;
  title: LocaleText;
  summary: LocaleText;
  description: LocaleText;
  accessibilityNotes: LocaleText;
  whatToBring: LocaleText;
  venueName: string;
  venueAddress: string;
  region: string;
  onlineUrl: string;
  feedbackUrl: string;
  dayContact: string;
  /** A freed place goes to the next person at once, or is offered and held for them. */
  waitlistOffer: "now" | "hold";
  /** How long it is held, as typed; kept while "now" is chosen, as the choice to come back to. */
  waitlistOfferHours: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  signupOpensAt: string;
  signupClosesAt: string;
  languages: string;
  interpretation: string;
  slots: SlotDraft[];
}

export const translatedFields = [
  "title",
  "summary",
  "description",
  "accessibilityNotes",
  "whatToBring",
] as const;
export type TranslatedField = (typeof translatedFields)[number];

export function emptySlot(): SlotDraft {
  return {
    audience: "attendee",
    stopId: "",
    roleId: "",
    minimum: "0",
    label: {},
    startsAt: "",
    endsAt: "",
    capacity: "20",
    waitlistCapacity: "0",
    taken: 0,
  };
}

const audienceOf = (audience: string): SlotAudience =>
  audience === "visitor" ||
  audience === "host" ||
  audience === "interpreter" ||
  audience === "volunteer"
    ? audience
    : "attendee";

/**
 * A visit's places are never for plain attendees: an unchosen audience means visitor seats.
 * Other kinds have attendees and volunteers only.
 */
function slotAudienceFor(kind: EventKind, slot: SlotDraft): SlotAudience {
  if (kind === "visit") return slot.audience === "attendee" ? "visitor" : slot.audience;
  return slot.audience === "volunteer" ? "volunteer" : "attendee";
}

/** A day: time to see the message and answer, for most people. */
const defaultOfferHours = "24";

export function emptyDraft(timeZone: string, locales: readonly string[]): EventDraft {
  return {
    kind: "meetup",
    title: {},
    summary: {},
    description: {},
    accessibilityNotes: {},
    whatToBring: {},
    venueName: "",
    venueAddress: "",
    region: "",
    onlineUrl: "",
    feedbackUrl: "",
    dayContact: "",
    waitlistOffer: "now",
    waitlistOfferHours: defaultOfferHours,
    startsAt: "",
    endsAt: "",
    timeZone,
    signupOpensAt: "",
    signupClosesAt: "",
    languages: locales.join(", "),
    interpretation: "",
    slots: [emptySlot()],
  };
}

export function draftOf(event: AdminEvent): EventDraft {
  const zone = event.timeZone;
  return {
    kind: event.kind,
    title: { ...event.title },
    summary: { ...event.summary },
    description: { ...event.description },
    accessibilityNotes: { ...event.accessibilityNotes },
    whatToBring: { ...event.whatToBring },
    venueName: event.venueName ?? "",
    venueAddress: event.venueAddress ?? "",
    region: event.region ?? "",
    onlineUrl: event.onlineUrl ?? "",
    feedbackUrl: event.feedbackUrl ?? "",
    dayContact: event.dayContact ?? "",
    waitlistOffer: event.waitlistOfferHours === null ? "now" : "hold",
    waitlistOfferHours: String(event.waitlistOfferHours ?? defaultOfferHours),
    startsAt: toLocalInput(event.startsAt, zone),
    endsAt: toLocalInput(event.endsAt, zone),
    timeZone: zone,
    signupOpensAt: toLocalInput(event.signupOpensAt, zone),
    signupClosesAt: toLocalInput(event.signupClosesAt, zone),
    languages: event.languages.join(", "),
    interpretation: event.interpretation.join(", "),
    slots: event.slots.map((slot) => ({
      id: slot.id,
      audience: audienceOf(slot.audience),
      stopId: slot.stopId ?? "",
      roleId: slot.roleId ?? "",
      minimum: String(slot.minimum),
      label: { ...slot.label },
      startsAt: toLocalInput(slot.startsAt, zone),
      endsAt: toLocalInput(slot.endsAt, zone),
      capacity: String(slot.capacity),
      waitlistCapacity: String(slot.waitlistCapacity),
      taken: slot.taken,
    })),
  };
}

const codes = (list: string) =>
  list
    .split(/[\s,]+/)
    .map((code) => code.trim())
    .filter(Boolean);

const orNull = (text: string) => text.trim() || null;

/** Empty translations are left out: "missing" is no key, not an empty string. */
export const compact = (text: LocaleText): LocaleText =>
  Object.fromEntries(Object.entries(text).filter(([, value]) => value.trim() !== ""));

/** The API body. The server validates it all; bad numbers go as NaN-free values it can reject. */
export function inputOf(draft: EventDraft, version?: number): EventInput {
  const zone = draft.timeZone.trim();
  const at = (local: string) => fromLocalInput(local, zone);
  const whole = (text: string) => (text.trim() === "" ? -1 : Number(text));
  return {
    kind: draft.kind,
    title: compact(draft.title),
    summary: compact(draft.summary),
    description: compact(draft.description),
    accessibilityNotes: compact(draft.accessibilityNotes),
    whatToBring: compact(draft.whatToBring),
    venueName: orNull(draft.venueName),
    venueAddress: orNull(draft.venueAddress),
    region: orNull(draft.region),
    onlineUrl: orNull(draft.onlineUrl),
    feedbackUrl: orNull(draft.feedbackUrl),
    dayContact: orNull(draft.dayContact),
    waitlistOfferHours: draft.waitlistOffer === "hold" ? whole(draft.waitlistOfferHours) : null,
    startsAt: at(draft.startsAt),
    endsAt: at(draft.endsAt),
    timeZone: zone,
    signupOpensAt: draft.signupOpensAt ? at(draft.signupOpensAt) : null,
    signupClosesAt: draft.signupClosesAt ? at(draft.signupClosesAt) : null,
    languages: codes(draft.languages),
    interpretation: codes(draft.interpretation),
    slots: draft.slots.map((slot) => {
      const audience = slotAudienceFor(draft.kind, slot);
      return {
        ...(slot.id ? { id: slot.id } : {}),
        audience,
        stopId: audience === "host" ? slot.stopId || null : null,
        roleId: audience === "volunteer" ? slot.roleId || null : null,
        minimum: audience === "volunteer" ? whole(slot.minimum || "0") : 0,
        label: compact(slot.label),
        // A slot without its own times takes the event's.
        startsAt: at(slot.startsAt || draft.startsAt),
        endsAt: at(slot.endsAt || draft.endsAt),
        capacity: whole(slot.capacity),
        waitlistCapacity: whole(slot.waitlistCapacity),
      };
    }),
    ...(version === undefined ? {} : { version }),
  };
}

/** Sets a value by its form name (`title.en`, `slots.0.capacity`), returning a new draft. */
export function withValue(draft: EventDraft, name: string, value: string): EventDraft {
  const [first, second, third, fourth] = name.split(".");
  if (first === "slots" && second !== undefined && third) {
    const index = Number(second);
    const slots = draft.slots.map((slot, i) => {
      if (i !== index) return slot;
      if (third === "label" && fourth)
        return { ...slot, label: { ...slot.label, [fourth]: value } };
      return { ...slot, [third]: value };
    });
    return { ...draft, slots };
  }
  if ((translatedFields as readonly string[]).includes(first!) && second) {
    const field = first as TranslatedField;
    return { ...draft, [field]: { ...draft[field], [second]: value } };
  }
  return first && first in draft ? { ...draft, [first]: value } : draft;
}
