import type { PublicEvent, PublicSlot, PublicStop } from "../contracts/events.js";
import type { PublicQuestion } from "../contracts/questions.js";
import type { WayPlacesMessage } from "./availability.js";
import { wayPlacesMessage } from "./availability.js";

/*
 * The three ways of taking part in a host-community visit — a group's seats on the bus, hosting
 * one of its stops, interpreting — and whether each takes anyone now: what the visits widget
 * (`widgets/visits/`) and the worker's first screens of it (`worker/embed/visit-*.ts`) both say.
 */

export type Audience = "visitor" | "host" | "interpreter";

export const audiences: readonly Audience[] = ["visitor", "host", "interpreter"];

/**
 * Each way's words in the public catalogues (`i18n/public/<language>/visits.json`), in the order
 * a visit's page offers them: its title (also its button's), what it is, and its places left; and
 * its form (`<hearth-visit-<form>>`, whose first screen the worker draws at
 * `…/visits/:id/<form>/first-screen`).
 */
export const ways = [
  {
    audience: "visitor",
    title: "choiceGroup",
    text: "choiceGroupText",
    count: "seatsLeft",
    form: "group-form",
  },
  {
    audience: "host",
    title: "choiceHost",
    text: "choiceHostText",
    count: "hostPlacesLeft",
    form: "host-form",
  },
  {
    audience: "interpreter",
    title: "choiceInterpreter",
    text: "choiceInterpreterText",
    count: "interpreterPlacesLeft",
    form: "interpreter-form",
  },
] as const satisfies ReadonlyArray<{
  audience: Audience;
  title: string;
  text: string;
  count: string;
  form: `${string}-form`;
}>;

export type WayForm = (typeof ways)[number]["form"];

/** The organisers' questions a way's form asks: those for its people, and those for everyone. */
export const wayQuestions = (visit: PublicEvent, audience: Audience): PublicQuestion[] =>
  visit.questions.filter((asked) => asked.audience === null || asked.audience === audience);

export const slotFor = (visit: PublicEvent, audience: Audience): PublicSlot | undefined =>
  visit.slots.find((slot) => slot.audience === audience);

/** Host places, each with the stop it belongs to, in itinerary order. */
export function hostSlots(visit: PublicEvent): Array<{ slot: PublicSlot; stop: PublicStop }> {
  const stops = new Map(visit.itinerary.map((stop) => [stop.id, stop]));
  return visit.slots
    .filter((slot) => slot.audience === "host")
    .flatMap((slot) => {
      const stop = slot.stopId ? stops.get(slot.stopId) : undefined;
      return stop ? [{ slot, stop }] : [];
    })
    .sort((a, b) => a.stop.position - b.stop.position);
}

const noPlaces = { remaining: 0, waitlistRemaining: 0, held: 0 };

/**
 * Places for one way of taking part (every stop's, for hosts): how many are left, full, or none.
 * A visit without seats for a group or an interpreter is "Full"; without hosts' places, "No places".
 */
export function wayPlaces(visit: PublicEvent, audience: Audience): WayPlacesMessage {
  const slots =
    audience === "host"
      ? hostSlots(visit).map(({ slot }) => slot)
      : [slotFor(visit, audience) ?? noPlaces];
  return wayPlacesMessage(visit, slots);
}

const canTake = (slot: PublicSlot) => slot.remaining > 0 || slot.waitlistRemaining > 0;

/**
 * The stops a host may choose, in itinerary order, as the host form offers them: each by its
 * place's id, when the group arrives and where; one nobody more can host, disabled.
 */
export const hostStopChoices = (visit: PublicEvent) =>
  hostSlots(visit).map(({ slot, stop }) => ({
    value: slot.id,
    arrivesAt: stop.arrivesAt,
    place: stop.place,
    disabled: !canTake(slot),
  }));

/**
 * How many people a way's place can still take — its places left, or its waitlist's when those
 * are gone — for a party's check (a group's seats, a host's stop).
 */
export const roomFor = (slot: PublicSlot) => Math.max(slot.remaining, slot.waitlistRemaining);

/** Whether anybody can sign up in this way right now. */
export function isOpen(visit: PublicEvent, audience: Audience): boolean {
  if (!visit.signupOpen || visit.status !== "published") return false;
  if (audience === "host") return hostSlots(visit).some(({ slot }) => canTake(slot));
  const slot = slotFor(visit, audience);
  return slot ? canTake(slot) : false;
}
