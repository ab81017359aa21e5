import type { StartedRead } from "../shared/api-request.js";
import { opensOnFirstScreen } from "../shared/first-screen-opening.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import { shareLink } from "../shared/share-link.js";
import stylesText from "virtual:hearth-styles-text/events";

/**
 * embed.js shows the worker's first screen of the events list with these styles (the widget's
 * own). An event opened there (its title, a series' date) opens before the widget's code has
 * come (`first-screen-opening.ts`): its details as the widget draws them
 * (`…/events/:id/details/first-screen`, from the same first page) and in them its sign-up form's
 * own first screen, which sends itself (`…/events/:id/first-screen?header=form`), and its Share
 * button. The widget opens the same event before it takes the screen over, and keeps the form.
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
    // Share, in an event opened here: the event's page, as the widget shares it (what to share
    // and say drawn by the worker beside the button).
    (button) => {
      const share = button.closest<HTMLElement>(".share[data-url]");
      if (!share) return;
      const { url = "", title = "", copied = "", copyFailed = "" } = share.dataset;
      const status = share.querySelector(".share-status");
      if (status) status.textContent = "";
      void shareLink(url, title, { copied, copyFailed }).then((said) => {
        if (status) status.textContent = said;
      });
    },
  );
}
