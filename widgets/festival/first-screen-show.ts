import type { StartedRead } from "../shared/api-request.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/festival";

/** The tickets' form's own first screen (`…/events/:id/first-screen`), which embed.js starts too. */
const isTicketsRead = (read: StartedRead) => /\/events\/[^/?]+\/first-screen\?/.test(read.url);

/**
 * embed.js shows the worker's first screen of a festival with these styles (the widget's own),
 * then, in its tickets' `<hearth-signup>`, that form's own first screen, which sends itself: a
 * reader gets a ticket before the widget's code has come. The form's show code (with its styles)
 * loads once the festival's screen shows (its markup is read beside it); the widget keeps the
 * form as its own (`NestedFirstScreen`). Failing, the widget draws the form itself.
 */
export async function show(
  element: Element,
  lang: string,
  reads: readonly StartedRead[],
): Promise<void> {
  const tickets = reads.find(isTicketsRead);
  const festivalReads = reads.filter((read) => read !== tickets);
  await showFirstScreen(element, lang, festivalReads, stylesText);
  const form = element.shadowRoot?.querySelector("[data-first-screen] hearth-signup");
  if (!form || !tickets) return;
  // Once the details show: on a slow line it would share the bandwidth with them.
  const formCode = import("../signup/first-screen-show.js");
  await (await formCode).show(form, lang, [tickets]);
}
