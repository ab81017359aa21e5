import type { StartedRead } from "../shared/api-request.js";
import { opensOnFirstScreen } from "../shared/first-screen-opening.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/visits";

/**
 * The ways to take part on a visit's page: one unfolds at a time (`visit-detail.ts`); the group's
 * shows its form's first screen, already there, folded (`hidden`); a host's or an interpreter's
 * form comes with the widget's code, which the screen notes the way for (`data-unfolded`).
 */
function unfoldWay(screen: HTMLElement, button: HTMLButtonElement): void {
  const way = button.closest<HTMLElement>("[data-choice]")?.dataset.choice;
  if (!way || !button.hasAttribute("aria-expanded")) return;
  const unfolding = button.getAttribute("aria-expanded") !== "true";
  for (const other of screen.querySelectorAll("[data-choice] button[aria-expanded]")) {
    other.setAttribute("aria-expanded", "false");
    other.classList.remove("secondary");
  }
  button.setAttribute("aria-expanded", String(unfolding));
  button.classList.toggle("secondary", unfolding);
  if (unfolding) screen.dataset.unfolded = way;
  else delete screen.dataset.unfolded;
  for (const waiting of screen.querySelectorAll(".way-loading")) waiting.remove();
  const groupForm = screen.querySelector<HTMLElement>("hearth-visit-group-form");
  if (groupForm) groupForm.hidden = !(unfolding && way === "visitor");
  // A way whose form comes with the widget's code (or whose form's screen is not shown): the
  // region the button controls says so meanwhile.
  const shown = way === "visitor" && groupForm?.shadowRoot?.querySelector("[data-first-screen]");
  const region = screen.querySelector(`#form-${CSS.escape(way)}`);
  const loading = button.closest<HTMLElement>(".take-part")?.dataset.loading;
  if (unfolding && !shown && region && loading) {
    const line = document.createElement("p");
    line.className = "way-loading muted";
    line.setAttribute("role", "status");
    line.textContent = loading;
    region.append(line);
  }
}

/**
 * embed.js shows the worker's first screen of the visits list with these styles (the widget's
 * own). A visit opened there opens before the widget's code has come (`first-screen-opening.ts`):
 * its page as the widget draws it (`…/visits/:id/details/first-screen`), in which "Book seats for
 * a group" unfolds the group form's own first screen, which sends itself
 * (`…/visits/:id/group-form/first-screen`). The widget opens the same visit, with the same way
 * unfolded, before it takes the screen over, and keeps the group form.
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
    "visits",
    (path, beside) => {
      const form = beside(`${path}/group-form/first-screen`);
      const formCode = import("./group-form-first-screen-show.js");
      formCode.catch(() => undefined);
      return async (opened) => {
        const groupForm = opened.querySelector("hearth-visit-group-form");
        if (!groupForm) return;
        await (await formCode).show(groupForm, lang, [form]);
        // Unfolded while it loaded: the form replaces the line saying so.
        if (groupForm.shadowRoot) groupForm.parentElement?.querySelector(".way-loading")?.remove();
      };
    },
    (button, screen) => unfoldWay(screen, button),
  );
}
