import type { EventDetailResponse } from "../../schema/contracts/events.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import type { PageWords } from "../event-pages/page-words.js";
import type { FirstScreenSignUpForm } from "./signup-first-screen-send.js";
import { renderVisitGroupFirstScreen } from "./visit-group-first-screen.js";
import { visitGroupForm } from "./visit-group-first-screen-send.js";
import {
  renderVisitHostFirstScreen,
  renderVisitInterpreterFirstScreen,
} from "./visit-helper-first-screens.js";
import { visitHostForm, visitInterpreterForm } from "./visit-helper-first-screen-send.js";

/** A visit's form as its first screen: how it is drawn and sent. */
interface VisitFormFirstScreen {
  draw: (detail: EventDetailResponse, options: { words: PageWords }) => string;
  send: FirstScreenSignUpForm;
}

/**
 * Each way to take part in a visit, by whose places it takes: its form, with a first screen of its
 * own at `…/visits/:eventId/<form>/first-screen` (the way's `form`, `schema/rules/visit-ways.ts`;
 * `first-screen-routes.ts`), which a visit opened on the visits list's first screen unfolds
 * (`widgets/visits/first-screen-show.ts`).
 */
export const visitFormFirstScreens: Readonly<Record<Audience, VisitFormFirstScreen>> = {
  visitor: { draw: renderVisitGroupFirstScreen, send: visitGroupForm },
  host: { draw: renderVisitHostFirstScreen, send: visitHostForm },
  interpreter: { draw: renderVisitInterpreterFirstScreen, send: visitInterpreterForm },
};
