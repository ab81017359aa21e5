import type { StartedRead } from "../shared/api-request.js";
import { opensOnFirstScreen } from "../shared/first-screen-opening.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/events";

/**
 * embed.js shows the worker's first screen of the events list with these styles (the widget's
 * own). An event opened there (its title, a series' date) opens before the widget's code has
 * come (`first-screen-opening.ts`): its details as the widget draws them
 * (`…/events/:id/details/first-screen`, from the same first page) and in them its sign-up form's
 * own first screen, which sends itself (`…/events/:id/first-screen?header=form`). The widget opens
 * the same event before it takes the screen over, and keeps the form.
 */
export async function show(
  element: Element,
  lang: string,
  reads: readonly StartedRead[],
): Promise<void> {
  await showFirstScreen(element, lang, reads, stylesText);
  opensOnFirstScreen(
    element,
    reads,
    "events",
    (path, beside) => {
      const form = beside(`${path}/first-screen`, { params: { header: "form" } });
      const formCode = import("../signup/first-screen-show.js");
      formCode.catch(() => undefined);
      return async (opened) => {
        const signup = opened.querySelector("hearth-signup");
        if (signup) await (await formCode).show(signup, lang, [form]);
      };
    },
    // Share, in an event opened here, waits for the widget's code (not carried over: sharing
    // needs the person's own press).
  );
}
