import type { StartedRead } from "./api-request.js";
import { sendHere } from "./first-screen-send.js";

/**
 * embed.js's part of a widget whose first screen the worker draws (an organisation's events or
 * visits, an event's sign-up form, a festival, a cook's first step, the volunteer form): the
 * worker draws it (`GET …/first-screen`, which embed.js
 * starts with the widget's own read) and this puts it in the element's shadow root with the
 * widget's styles (`stylesText`, the widget's own), adopted, so a host page's strict `style-src`
 * allows them. It loads beside that read and holds no Lit: the widget loads after it and takes
 * the screen over (`first-screen-takeover.ts`). Meanwhile the screen notes what the widget needs
 * to carry on: the button pressed, a form sent (the sign-up's sends itself, `first-screen-send.ts`;
 * any other waits for the widget to send it), and when the screen showed. Settles once the screen shows or cannot — no such read (a network's catalogue),
 * a failed one, markup in another language than the reader's (the widget may choose a later
 * preference), a tag with content of its own (the page's plain form, shown instead), a screen
 * `accepts` turns down, a page whose policy refuses the markup — and the widget then draws
 * everything itself.
 */
/** How long a form sent on a first screen waits for the widget's code before saying it has not come. */
export const stalledAfterMs = 30_000;

export async function showFirstScreen(
  element: Element,
  /** The reader's language; `null`: the language the screen is in (a manage page's: its person's). */
  lang: string | null,
  reads: readonly StartedRead[],
  stylesText: string,
  accepts: (screen: HTMLElement) => boolean = () => true,
): Promise<void> {
  const read = reads.find((started) => started.url.includes("/first-screen?"));
  const response = await read?.response;
  const standsFree = () => !element.shadowRoot && !element.firstElementChild;
  if (!response?.ok || !standsFree()) return;
  const template = document.createElement("template");
  template.innerHTML = await response.text();
  const screen = template.content.firstElementChild as HTMLElement | null;
  const inLanguage =
    lang === null || screen?.lang.split("-")[0] === lang.split("-")[0]!.toLowerCase();
  if (!screen || !inLanguage || !standsFree()) return;
  if (!accepts(screen)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(stylesText);
  const root = element.attachShadow({ mode: "open" });
  root.adoptedStyleSheets = [sheet];
  // Kept beside the widget's own once its code adopts those (`FirstScreenHandover`).
  Object.assign(screen, { firstScreenSheet: sheet });
  root.append(screen);
  screen.dataset.shownAt = String(performance.now());
  root.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("button:not([type=submit])");
    if (button) screen.dataset.pressed = (button as HTMLElement).dataset.event ?? "";
  });
  // A word being composed (a phone's keyboard): the widget takes over once it is written.
  root.addEventListener("compositionstart", () => (screen.dataset.composing = ""));
  root.addEventListener("compositionend", () => delete screen.dataset.composing);
  // Never sent by the browser (it would leave the page). A form that sends itself (the sign-up's)
  // is sent from here (`first-screen-send.ts`); any other, by the widget when it takes over.
  // Meanwhile the button says it is on its way ("Sending…", in `data-sending`) and takes no more.
  root.addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    // The button pressed, when it says what it does meanwhile (a cook's Back or Change), else the form's.
    const { submitter } = event as SubmitEvent;
    // (Enter in a field: the form's own button, the one without a name among those that say so.)
    const button =
      submitter instanceof HTMLButtonElement && submitter.dataset.sending !== undefined
        ? submitter
        : (form.querySelector<HTMLButtonElement>("[data-sending]:not([name])") ??
          form.querySelector<HTMLButtonElement>("[data-sending]"));
    // Its words (after a picture, for Back), which say "Sending…" meanwhile.
    const label = [...(button?.childNodes ?? [])].find(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
    );
    const sendsHere =
      form.hasAttribute("data-sends") && !form.querySelector("[data-widget-sends]:checked");
    if (!sendsHere) screen.dataset.submitted = "";
    if (!button || button.disabled || label?.nodeType !== Node.TEXT_NODE) return;
    const idle = label.textContent;
    const alert = screen.querySelector('[role="alert"]');
    const say = (text: string | undefined) => {
      const said = document.createElement("p");
      said.textContent = text ?? "";
      alert?.replaceChildren(...(text ? [said] : []));
    };
    const ready = () => {
      label.textContent = idle;
      button.disabled = false;
      form.removeAttribute("aria-busy");
    };
    alert?.replaceChildren();
    label.textContent = `${button.dataset.sending} `;
    button.disabled = true;
    form.setAttribute("aria-busy", "true");
    if (sendsHere && read) {
      // On its way: a widget whose code comes meanwhile waits, and hears when it is over.
      screen.dataset.sending = "";
      void sendHere(read, screen, form, submitter, say).finally(() => {
        ready();
        delete screen.dataset.sending;
        screen.dispatchEvent(new Event("first-screen-answered"));
      });
      return;
    }
    // The widget's code has not come in all that time (a dropped connection): say so, and let
    // the person try again; should the code still come, it sends the form as it is.
    setTimeout(() => {
      if (!screen.isConnected) return;
      say(button.dataset.stalled);
      ready();
    }, stalledAfterMs);
  });
}
