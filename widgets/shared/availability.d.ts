import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import type { LocalizeController } from "./localize.js";
export type AvailabilityTone = "open" | "waitlist" | "closed";
export interface Availability {
    text: string;
    tone: AvailabilityTone;
}
export declare function slotAvailability(slot: PublicSlot, localize: LocalizeController): Availability;
/** Places across all the event's slots, or why nobody can sign up. */
export declare function eventAvailability(event: PublicEvent, localize: LocalizeController): Availability;
