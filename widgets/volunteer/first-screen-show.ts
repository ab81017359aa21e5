import type { StartedRead } from "../shared/api-request.js";
import { newFormAccepted } from "../shared/accepts-signups.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/volunteer";

/**
 * embed.js shows the worker's first screen of the volunteer form with these styles (the
 * widget's own), unless the organisation does not take sign-ups from this website (the widget
 * says so instead) or the page was opened from a volunteer's manage link (`?volunteer=`: the
 * widget opens their schedule).
 */
export const show = (element: Element, lang: string, reads: readonly StartedRead[]) =>
  showFirstScreen(element, lang, reads, stylesText, newFormAccepted("volunteer"));
