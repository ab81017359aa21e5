import type { StartedRead } from "../shared/api-request.js";
import { screenAcceptsSignUps } from "../shared/accepts-signups.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/signup";

/**
 * embed.js shows the worker's first screen of the sign-up form with these styles (the widget's
 * own), unless the organisation does not take sign-ups from this website: the widget says so
 * instead, and a form nobody could send never shows.
 */
export const show = (element: Element, lang: string, reads: readonly StartedRead[]) =>
  showFirstScreen(element, lang, reads, stylesText, screenAcceptsSignUps);
