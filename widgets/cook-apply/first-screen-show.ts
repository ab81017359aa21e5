import type { StartedRead } from "../shared/api-request.js";
import { newFormAccepted } from "../shared/accepts-signups.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/cook-apply";

/**
 * embed.js shows the worker's first screen of a new cook's application with these styles (the
 * widget's own, its later steps' too: each step sent there is answered with the next), unless the
 * organisers do not take applications from this website (the widget says so instead) or the page
 * was opened from a cook's manage link (`?application=`: the widget opens their application).
 */
export const show = (element: Element, lang: string, reads: readonly StartedRead[]) =>
  showFirstScreen(element, lang, reads, stylesText, newFormAccepted("application"));
