import type { StartedRead } from "../shared/api-request.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/festival";

/** The tickets' form's own first screen (`…/events/:id/first-screen`), which embed.js starts too. */
const isTicketsRead = (read: StartedRead) => /\/events\/[^/?]+\/first-screen\?/.test(read.url);

/**
 * embed.js shows the worker's first screen of a festival with these styles (the widget's own),
 * then, in its tickets' `<hearth-signup>`, that form's own first screen, which sends itself: a
 * reader gets a ticket before the widget's code has come. The form's show code (with its styles)
 * loads beside the festival's screen; the widget keeps the form as its own
 * (`NestedFirstScreen`).
 */
export async function show(
  element: Element,
  lang: string,
  reads: readonly StartedRead[],
): Promise<void> {
  const tickets = reads.find(isTicketsRead);
  const formCode = tickets ? import("../signup/first-screen-show.js") : undefined;
  // Failing, the widget draws the form itself.
  formCode?.catch(() => undefined);
  const festivalReads = reads.filter((read) => read !== tickets);
  await showFirstScreen(element, lang, festivalReads, stylesText);
  const form = element.shadowRoot?.querySelector("[data-first-screen] hearth-signup");
  if (!form || !tickets || !formCode) return;
  await (await formCode).show(form, lang, [tickets]);
}
