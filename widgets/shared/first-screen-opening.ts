import type { StartedRead } from "./api-request.js";

/*
 * An item of a list's first screen (an event on the events list's, a visit on the visits list's)
 * opened there before the widget's code has come: its page as the widget draws it, read from the
 * worker beside the list's own read, with a form's own first screen inside it; "Back" shows the
 * list again, as it was, the focus on the item's title. The screen notes the item opened
 * (`data-opened`, and `data-pressed`) for the widget, which opens the same item before it takes
 * the screen over. Loaded with the lists' show code (embed.js's part), so no Lit.
 */

/** With the list's filters, or not; more parameters. */
export interface BesideOptions {
  filtered?: boolean;
  params?: Record<string, string>;
}

/**
 * A read beside the list's (`list`, read at `…/<listPath>?`), as embed.js starts its reads: its
 * language and time zone (and, with `filtered`, its filters) at `path` instead.
 */
function readBeside(
  list: StartedRead,
  listPath: string,
  path: string,
  { filtered = false, params = {} }: BesideOptions = {},
): StartedRead {
  const url = new URL(list.url.replace(`${listPath}?`, `${path}?`));
  if (!filtered) for (const name of ["kind", "region"]) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  const response = fetch(url, { credentials: "omit", cache: "no-cache" });
  response.catch(() => undefined);
  return { url: url.href, fresh: true, response };
}

/** Shows what goes inside an item's page once it shows (a form's own first screen). */
export type Inside = (screen: HTMLElement) => Promise<void>;

/**
 * On the list's first screen embed.js showed in `element` (read at `…/<items>/first-screen?` among
 * `reads`), makes the titles (`data-event`) open their item there — its page read at
 * `…/<items>/:id/details/first-screen` with the list's filters; `open` starts what goes inside it
 * (`beside` reads beside the list's) — and its "Back" (`.back`) close it; any other button but a
 * form's submit goes to `pressed` (on an item's page, the item stays noted as pressed, for the
 * widget to open it). Nothing without such a screen.
 */
export function opensOnFirstScreen(
  element: Element,
  reads: readonly StartedRead[],
  items: "events" | "visits",
  open: (path: string, beside: (path: string, options?: BesideOptions) => StartedRead) => Inside,
  pressed?: (button: HTMLButtonElement, screen: HTMLElement) => void,
): void {
  const listPath = `/${items}/first-screen`;
  const list = reads.find((read) => read.url.includes(`${listPath}?`));
  const screen = element.shadowRoot?.firstElementChild;
  if (!list || !(screen instanceof HTMLElement) || !screen.hasAttribute("data-first-screen"))
    return;
  const beside = (path: string, options?: BesideOptions) =>
    readBeside(list, listPath, path, options);
  const listed = [...screen.childNodes];
  let opening = "";

  const back = () => {
    const opened = screen.dataset.opened ?? "";
    opening = "";
    // What was noted on the item's page goes with it (a way unfolded on a visit's).
    delete screen.dataset.opened;
    delete screen.dataset.pressed;
    delete screen.dataset.unfolded;
    screen.replaceChildren(...listed);
    const button = (attribute: string, value: string) =>
      screen.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(value)}"]`);
    // A date of a series its card does not name: the card's title.
    const series = button("data-event", opened)?.dataset.series;
    (button("data-event", opened) ?? (series ? button("data-series", series) : null))?.focus();
  };

  const show = async (id: string) => {
    opening = id;
    const path = `/${items}/${encodeURIComponent(id)}`;
    const page = beside(`${path}/details/first-screen`, { filtered: true });
    const inside = open(path, beside);
    screen.setAttribute("aria-busy", "true");
    try {
      const response = await page.response;
      const template = document.createElement("template");
      template.innerHTML = response.ok ? await response.text() : "";
      const drawn = template.content.firstElementChild;
      if (opening !== id || !screen.isConnected || drawn?.getAttribute("lang") !== screen.lang)
        return;
      screen.replaceChildren(...drawn.childNodes);
      screen.dataset.opened = id;
      screen.dataset.pressed = id;
      screen.querySelector<HTMLElement>(".detail-title")?.focus();
      await inside(screen);
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
    else if (button.dataset.event) void show(button.dataset.event);
    else {
      // Any other button on an item's page: the item opened stays the one the widget opens
      // (embed.js noted the button as "Show more" otherwise).
      if (screen.dataset.opened) screen.dataset.pressed = screen.dataset.opened;
      pressed?.(button, screen);
    }
  });
}
