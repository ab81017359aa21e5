import type { EventDetailResponse } from "../../schema/contracts/events.js";
import type { Audience, WayForm } from "../../schema/rules/visit-ways.js";
import type { PageWords } from "../event-pages/page-words.js";
import type { FirstScreenSignUpForm } from "./signup-first-screen-send.js";
import { renderVisitGroupFirstScreen } from "./visit-group-first-screen.js";
import { visitGroupForm } from "./visit-group-first-screen-send.js";
import {
  renderVisitHostFirstScreen,
  renderVisitInterpreterFirstScreen,
} from "./visit-helper-first-screens.js";
import { visitHostForm, visitInterpreterForm } from "./visit-helper-first-screen-send.js";

/** A visit's form as its first screen: whether the visit has its places, how it is drawn and sent. */
interface VisitFormFirstScreen {
  /** Whose places it takes: an event without them has no such form (404, `wayPlacesOr404`). */
  audience: Audience;
  draw: (detail: EventDetailResponse, options: { words: PageWords }) => string;
  send: FirstScreenSignUpForm;
}

/**
 * The three ways to take part in a visit, each a form with a first screen of its own at
 * `…/visits/:eventId/<form>/first-screen` (`first-screen-routes.ts`), which a visit opened on the
 * visits list's first screen unfolds (`widgets/visits/first-screen-show.ts`).
 */
export const visitFormFirstScreens: Readonly<Record<WayForm, VisitFormFirstScreen>> = {
  "group-form": { audience: "visitor", draw: renderVisitGroupFirstScreen, send: visitGroupForm },
  "host-form": { audience: "host", draw: renderVisitHostFirstScreen, send: visitHostForm },
  "interpreter-form": {
    audience: "interpreter",
    draw: renderVisitInterpreterFirstScreen,
    send: visitInterpreterForm,
  },
};
