import type { StartedRead } from "../shared/api-request.js";
import { showFirstScreen } from "../shared/first-screen-show.js";
import stylesText from "virtual:hearth-styles-text/events";

/**
 * A read beside the list's, as embed.js starts its reads: its language and time zone (and, with
 * `filtered`, its filters), another path below the organisation's events.
 */
function readBeside(list: StartedRead, path: string, filtered: boolean, header?: string) {
  const url = new URL(list.url.replace("/events/first-screen?", `/events/${path}?`));
  if (!filtered) for (const name of ["kind", "region"]) url.searchParams.delete(name);
  if (header) url.searchParams.set("header", header);
  const response = fetch(url, { credentials: "omit", cache: "no-cache" });
  response.catch(() => undefined);
  return { url: url.href, fresh: true, response };
}

/**
 * embed.js shows the worker's first screen of the events list with these styles (the widget's
 * own). An event opened there (its title, a series' date) opens before the widget's code has
 * come: its details as the widget draws them (`…/events/:id/details/first-screen`, from the same
 * first page) and in them its sign-up form's own first screen, which sends itself
 * (`…/events/:id/first-screen?header=form`); "Back" shows the list again, as it was. The widget
 * opens the same event before it takes the screen over, and keeps the form.
 */
export async function show(
  element: Element,
  lang: string,
  reads: readonly StartedRead[],
): Promise<void> {
  await showFirstScreen(element, lang, reads, stylesText);
  const list = reads.find((read) => read.url.includes("/events/first-screen?"));
  const screen = element.shadowRoot?.firstElementChild;
  if (!list || !(screen instanceof HTMLElement) || !screen.hasAttribute("data-first-screen"))
    return;
  const listed = [...screen.childNodes];
  let opening = "";

  const back = () => {
    const opened = screen.dataset.opened ?? "";
    opening = "";
    delete screen.dataset.opened;
    delete screen.dataset.pressed;
    screen.replaceChildren(...listed);
    const button = (attribute: string, value: string) =>
      screen.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(value)}"]`);
    const series = button("data-event", opened)?.dataset.series;
    (button("data-event", opened) ?? (series ? button("data-series", series) : null))?.focus();
  };

  const open = async (id: string) => {
    opening = id;
    const path = encodeURIComponent(id);
    const details = readBeside(list, `${path}/details/first-screen`, true);
    const form = readBeside(list, `${path}/first-screen`, false, "form");
    const formCode = import("../signup/first-screen-show.js");
    formCode.catch(() => undefined);
    screen.setAttribute("aria-busy", "true");
    try {
      const response = await details.response;
      const template = document.createElement("template");
      template.innerHTML = response.ok ? await response.text() : "";
      const drawn = template.content.firstElementChild;
      if (opening !== id || !screen.isConnected || drawn?.getAttribute("lang") !== screen.lang)
        return;
      screen.replaceChildren(...drawn.childNodes);
      screen.dataset.opened = id;
      screen.dataset.pressed = id;
      screen.querySelector<HTMLElement>(".detail-title")?.focus();
      const signup = screen.querySelector("hearth-signup");
      if (signup) await (await formCode).show(signup, lang, [form]);
    } catch {
      // The widget opens it once its code has come (the button pressed is noted).
    } finally {
      screen.removeAttribute("aria-busy");
    }
  };

  screen.parentNode?.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("button");
    if (!button || !screen.isConnected || button.type === "submit") return;
    if (button.classList.contains("back")) back();
    else if (button.dataset.event) void open(button.dataset.event);
    // Share, in an event opened here: it shares once the widget's code has come.
    else if (screen.dataset.opened) screen.dataset.pressed = screen.dataset.opened;
  });
}
