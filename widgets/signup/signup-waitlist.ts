import type { PublicEvent } from "../../schema/contracts/events.js";
import { waitlistAhead } from "../../schema/rules/waitlist.js";
import type { LocalizeController } from "../shared/localize.js";

/** A sign-up that would go on the waitlist, and how many people are on it already. */
export interface WaitlistState {
  ahead: number;
}

/**
 * Whether sending now puts the person on a waitlist: the chosen time (or the only one, or every
 * one when none is chosen yet) has no places left but room on its waitlist.
 */
export function waitlistState(
  event: PublicEvent,
  chosenSlotId: string | undefined,
): WaitlistState | null {
  const ahead = waitlistAhead(event.slots, chosenSlotId);
  return ahead === null ? null : { ahead };
}

/** What the form says before sending: first on the waitlist, or how many are ahead. */
export function waitlistNotice(localize: LocalizeController, { ahead }: WaitlistState): string {
  return ahead === 0 ? localize.t("signupFullFirst") : localize.plural("signupFullAhead", ahead);
}
