import type { StartedRead } from "../shared/api-request.js";
import { screenAcceptsSignUps } from "../shared/accepts-signups.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/visit-form";

/**
 * The visits list's show code shows the worker's first screen of a visit's form (a group's, a
 * host's, an interpreter's, inside a visit opened on the list's first screen) with these styles
 * (the forms' own), unless the organisation does not take sign-ups from this website: the form
 * says so once its code has come.
 */
export const show = (element: Element, lang: string, reads: readonly StartedRead[]) =>
  showFirstScreen(element, lang, reads, stylesText, screenAcceptsSignUps);
