import type { StartedRead } from "../shared/api-request.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/festival";

/** embed.js shows the worker's first screen of a festival with these styles (the widget's own). */
export const show = (element: Element, lang: string, reads: readonly StartedRead[]) =>
  showFirstScreen(element, lang, reads, stylesText);
