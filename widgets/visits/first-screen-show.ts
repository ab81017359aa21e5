import type { StartedRead } from "../shared/api-request.js";
import type { BesideOptions } from "../shared/first-screen-opening.js";
import { opensOnFirstScreen } from "../shared/first-screen-opening.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/visits";

/** A way's form element on a visit's page (`<hearth-visit-host-form event=…>`), in its region. */
const formIn = (region: Element | null) => region?.querySelector<HTMLElement>("[event]") ?? null;

/**
 * The ways to take part on a visit's page: one unfolds at a time (`visit-detail.ts`), showing its
 * form's first screen — or, until it has come, a line saying it is loading — and the screen notes
 * the way for the widget (`data-unfolded`). Answers the form unfolded.
 */
function unfoldWay(screen: HTMLElement, button: HTMLButtonElement): HTMLElement | null {
  const way = button.closest<HTMLElement>("[data-choice]")?.dataset.choice;
  if (!way || !button.hasAttribute("aria-expanded")) return null;
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
  const region = screen.querySelector(`#form-${CSS.escape(way)}`);
  const form = formIn(region);
  for (const other of screen.querySelectorAll<HTMLElement>(".take-part [event]"))
    other.hidden = !(unfolding && other === form);
  // A form whose screen has not come (or will not: the widget draws it): the region the button
  // controls says so meanwhile.
  const loading = button.closest<HTMLElement>(".take-part")?.dataset.loading;
  if (unfolding && !form?.shadowRoot && region && loading) {
    const line = document.createElement("p");
    line.className = "way-loading muted";
    line.setAttribute("role", "status");
    line.textContent = loading;
    region.append(line);
  }
  return unfolding ? form : null;
}

/**
 * The forms of a visit opened on the first screen: the group's read beside its page (the way most
 * take), a host's or an interpreter's once its way unfolds; each shown in its element, once.
 */
function visitForms(
  path: string,
  beside: (path: string, options?: BesideOptions) => StartedRead,
  lang: string,
) {
  const code = import("./way-form-first-screen-show.js");
  code.catch(() => undefined);
  const reads = new Map<string, StartedRead>();
  const readOf = (form: string) => {
    const read = reads.get(form) ?? beside(`${path}/${form}/first-screen`);
    reads.set(form, read);
    return read;
  };
  readOf("group-form");
  const showing = new Set<HTMLElement>();
  return async (element: HTMLElement): Promise<void> => {
    if (showing.has(element)) return;
    showing.add(element);
    const form = element.localName.replace(/^hearth-visit-/, "");
    await (await code).show(element, lang, [readOf(form)]);
    // Unfolded while it loaded: the form replaces the line saying so.
    if (element.shadowRoot) element.parentElement?.querySelector(".way-loading")?.remove();
  };
}

/**
 * embed.js shows the worker's first screen of the visits list with these styles (the widget's own).
 * A visit opened there opens before the widget's code has come (`first-screen-opening.ts`): its
 * page as the widget draws it (`…/visits/:id/details/first-screen`), in which each way to take part
 * unfolds its form's own first screen, which sends itself (`…/visits/:id/<form>/first-screen`). The
 * widget opens the same visit, with the same way unfolded, before it takes the screen over, and
 * keeps the form.
 */
export async function show(
  element: Element,
  lang: string,
  reads: readonly StartedRead[],
): Promise<void> {
  await showFirstScreen(element, lang, reads, stylesText);
  /** Shows a form of the visit opened now. */
  let showForm: ((form: HTMLElement) => Promise<void>) | undefined;
  opensOnFirstScreen(
    element,
    reads,
    "visits",
    (path, beside) => {
      const forms = visitForms(path, beside, lang);
      showForm = undefined;
      return async (opened) => {
        showForm = forms;
        const group = opened.querySelector<HTMLElement>("hearth-visit-group-form");
        if (group) await forms(group);
      };
    },
    (button, screen) => {
      const form = unfoldWay(screen, button);
      // A form that cannot be read or shown: its way keeps saying it is loading until the widget.
      if (form) showForm?.(form).catch(() => undefined);
    },
  );
}
