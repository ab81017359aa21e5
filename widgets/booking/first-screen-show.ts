import type { StartedRead } from "../shared/api-request.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/booking";

/**
 * embed.js shows the worker's first screen of a manage page (`…/registrations/:id/first-screen`,
 * read with the person's token) with these styles (the widget's own): in the language the page
 * asks for, else the one its person signed up in, as the widget speaks; not for a place held for
 * the person, which the widget answers. Its Cancel asks first, as the widget does: the "Do you
 * want to cancel?" step takes the actions' place (and "No, keep it" gives it back), and its "Yes,
 * cancel" sends itself (`first-screen-send.ts`). The step is noted (`data-confirming`) for the
 * widget to carry on, and so is Change, download or erase pressed (`data-pressed`), which the
 * widget then does.
 */
export async function show(
  element: Element,
  lang: string,
  reads: readonly StartedRead[],
): Promise<void> {
  const asked = element.hasAttribute("lang") ? lang : null;
  await showFirstScreen(element, asked, reads, stylesText, (screen) => {
    return screen.dataset.status !== "offered";
  });
  const screen = element.shadowRoot?.firstElementChild;
  const confirm = screen?.querySelector<HTMLFormElement>("form.confirm");
  const actions = confirm?.previousElementSibling;
  if (!(screen instanceof HTMLElement) || !confirm || !actions) return;
  // Out of the page until asked, as the widget draws it: the focus order is the same.
  confirm.remove();
  confirm.hidden = false;
  // Cancelled: the page as it is now took the screen's place, the step with it.
  screen.addEventListener("first-screen-answered", () => {
    if (!confirm.isConnected) delete screen.dataset.confirming;
  });
  screen.parentNode?.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("button");
    if (button?.classList.contains("cancel") && actions.isConnected) {
      actions.replaceWith(confirm);
      screen.dataset.confirming = "";
      confirm.querySelector<HTMLElement>(".confirm-text")?.focus();
    } else if (button?.classList.contains("keep") && confirm.isConnected) {
      confirm.replaceWith(actions);
      delete screen.dataset.confirming;
      actions.querySelector<HTMLElement>(".cancel")?.focus();
    } else {
      // Change, download, erase: noted for the widget, which does it once its code has come.
      const later = ["change", "download", "erase"].find((name) =>
        button?.classList.contains(name),
      );
      if (later) screen.dataset.pressed = later;
    }
  });
}
