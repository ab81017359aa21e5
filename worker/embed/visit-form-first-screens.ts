import type { EventDetailResponse, PublicEvent } from "../../schema/contracts/events.js";
import type { WayForm } from "../../schema/rules/visit-ways.js";
import type { PageWords } from "../event-pages/page-words.js";
import type { FirstScreenSignUpForm } from "./signup-first-screen-send.js";
import { renderVisitGroupFirstScreen } from "./visit-group-first-screen.js";
import { groupSeats, visitGroupForm } from "./visit-group-first-screen-send.js";
import {
  renderVisitHostFirstScreen,
  renderVisitInterpreterFirstScreen,
} from "./visit-helper-first-screens.js";
import {
  hostPlaces,
  interpreterPlaces,
  visitHostForm,
  visitInterpreterForm,
} from "./visit-helper-first-screen-send.js";

/** A visit's form as its first screen: whether the visit has its places, how it is drawn and sent. */
interface VisitFormFirstScreen {
  /** Throws 404 for an event without this way's places (not a host-community visit). */
  places: (visit: PublicEvent) => unknown;
  draw: (detail: EventDetailResponse, options: { words: PageWords }) => string;
  send: FirstScreenSignUpForm;
}

/**
 * The three ways to take part in a visit, each a form with a first screen of its own at
 * `…/visits/:eventId/<form>/first-screen` (`first-screen-routes.ts`), which a visit opened on the
 * visits list's first screen unfolds (`widgets/visits/first-screen-show.ts`).
 */
export const visitFormFirstScreens: Readonly<Record<WayForm, VisitFormFirstScreen>> = {
  "group-form": { places: groupSeats, draw: renderVisitGroupFirstScreen, send: visitGroupForm },
  "host-form": { places: hostPlaces, draw: renderVisitHostFirstScreen, send: visitHostForm },
  "interpreter-form": {
    places: interpreterPlaces,
    draw: renderVisitInterpreterFirstScreen,
    send: visitInterpreterForm,
  },
};
