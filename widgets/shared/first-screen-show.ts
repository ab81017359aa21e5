import type { StartedRead } from "./api-request.js";

/**
 * embed.js's part of a list that shows before the widget's code (an organisation's events, its
 * visits): the worker draws the list's first page (`GET …/first-screen`, which embed.js starts
 * with the list's read) and this puts it in the element's shadow root with the list's styles
 * (`stylesText`, the widget's own), adopted, so a host page's strict `style-src` allows them. It
 * loads beside that read and holds no Lit: the widget loads after it and takes the screen over
 * (`first-screen-takeover.ts`); a button pressed meanwhile is remembered for it. Settles once the
 * screen shows or cannot — no such read (a network's catalogue), a failed one, markup in another
 * language than the reader's (the widget may choose a later preference), a page whose policy
 * refuses the markup — and the widget then draws everything itself.
 */
export async function showFirstScreen(
  element: Element,
  lang: string,
  reads: readonly StartedRead[],
  stylesText: string,
): Promise<void> {
  const read = reads.find((started) => started.url.includes("/first-screen?"));
  const response = await read?.response;
  if (!response?.ok || element.shadowRoot) return;
  const template = document.createElement("template");
  template.innerHTML = await response.text();
  const screen = template.content.firstElementChild as HTMLElement | null;
  if (screen?.lang.split("-")[0] !== lang.split("-")[0]!.toLowerCase() || element.shadowRoot)
    return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(stylesText);
  const root = element.attachShadow({ mode: "open" });
  root.adoptedStyleSheets = [sheet];
  root.append(screen);
  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("button");
    if (button) screen.dataset.pressed = button.dataset.event ?? "";
  });
}
