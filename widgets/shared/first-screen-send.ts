import type { StartedRead } from "./api-request.js";

/*
 * A form on a worker's first screen that sends itself (`data-sends`: the sign-up and volunteer
 * forms, a visit's three forms, a manage page's Cancel) when the person sends it before the
 * widget's code has come: posted as a browser posts a form to the URL the screen was read from,
 * with the time since the screen showed (`fillMs`, the bot check) and an `Idempotency-Key` (the
 * same for the same answers, so a retry after a lost answer never books twice). The worker answers
 * with HTML in the reader's language (`worker/embed/first-screen-answer.ts`), put in place here:
 * the outcome in the status region, instead of the form; or the refusal above the form and each
 * control's words beside it. The answer's outcome stays on the screen (`data-outcome`) for the
 * widget to take over (the show code marks a send on its way, for the widget to wait for).
 */

/**
 * The last answers sent and their key: sent again unchanged (after a lost answer), they keep it.
 * Made here rather than with `idempotency-key.ts`, which the widgets share: this code loads
 * with embed.js's, and must not wait for another file.
 */
let last = { answers: "", key: "" };

function keyFor(answers: string): string {
  if (last.answers !== answers) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    last = {
      answers,
      key: Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join(""),
    };
  }
  return last.key;
}

/**
 * The form's fields as a browser posts them, with the button pressed when it has a name (a cook's
 * Back, Change, Add or Remove); files have no place on these forms.
 */
function fieldsOf(form: HTMLFormElement, submitter: HTMLElement | null): URLSearchParams {
  const fields = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === "string") fields.append(name, value);
  }
  // Added by hand: the button is disabled while the form is on its way, and FormData skips it then.
  if (submitter instanceof HTMLButtonElement && submitter.name) {
    fields.append(submitter.name, submitter.value);
  }
  return fields;
}

/** Takes away what an earlier refusal said beside the fields. */
function clearProblems(form: HTMLFormElement): void {
  for (const said of form.querySelectorAll("[data-for]")) said.remove();
  for (const control of form.querySelectorAll('[aria-invalid="true"]')) {
    control.setAttribute("aria-invalid", "false");
  }
  for (const described of form.querySelectorAll<HTMLElement>("[data-described]")) {
    const before = described.dataset.described;
    if (before) described.setAttribute("aria-describedby", before);
    else described.removeAttribute("aria-describedby");
    delete described.dataset.described;
  }
}

/**
 * Each control's words beside it, tied to it: beside one choice among many by its value (a
 * shift), in the group of a choice, else in the field; the first to fix gets focus.
 */
function showProblems(form: HTMLFormElement, answer: Element, alert: Element | null): void {
  for (const said of answer.querySelectorAll<HTMLElement>("[data-for]")) {
    const { value } = said.dataset;
    const name = `[name="${CSS.escape(said.dataset.for ?? "")}"]`;
    const named = form.querySelectorAll(
      value === undefined ? name : `${name}[value="${CSS.escape(value)}"]`,
    );
    const first = named[0];
    const group = value === undefined && named.length > 1 ? first?.closest("fieldset") : null;
    const box = value === undefined ? (group ?? first?.closest(".field")) : first?.closest("li");
    (box ?? alert)?.append(said);
    for (const control of named) control.setAttribute("aria-invalid", "true");
    const described = group ?? first;
    if (box && described) {
      const before = described.getAttribute("aria-describedby") ?? "";
      (described as HTMLElement).dataset.described = before;
      described.setAttribute("aria-describedby", `${before} ${said.id}`.trim());
    }
    first?.closest("details")?.setAttribute("open", "");
  }
  form.querySelector<HTMLElement>('[aria-invalid="true"]:not([type="hidden"])')?.focus();
}

/**
 * A sign-up the worker booked (a sign-up form's, a visit's form's): the host page hears
 * `hearth-registered` now, from the form's element, as the widget would have said it
 * (`widgets/shared/events.ts`) — once: the widget, when its code comes, takes the booking over
 * without saying it again, and a form left meanwhile (Back on a list) is still heard.
 */
function heardWhenBooked(screen: HTMLElement, outcome: string): void {
  const booked = JSON.parse(outcome) as { registration?: unknown };
  const element = (screen.getRootNode() as ShadowRoot).host;
  if (!booked.registration || !element) return;
  const detail = {
    eventId: element.getAttribute("event") ?? "",
    registration: booked.registration,
  };
  element.dispatchEvent(
    new CustomEvent("hearth-registered", { detail, bubbles: true, composed: true }),
  );
}

/**
 * Sends `form` to the URL `read` came from (with its headers) and shows the worker's answer on
 * `screen`; resolves once it is shown. `say` puts a sentence in the alert region (a failure with
 * no answer to show).
 */
export async function sendHere(
  { url, headers }: StartedRead,
  screen: HTMLElement,
  form: HTMLFormElement,
  submitter: HTMLElement | null,
  say: (text: string | undefined) => void,
): Promise<void> {
  const button = form.querySelector<HTMLElement>("[data-sending]");
  const fields = fieldsOf(form, submitter);
  const key = keyFor(`${url} ${fields.toString()}`);
  fields.set("fillMs", String(Math.round(performance.now() - Number(screen.dataset.shownAt))));
  const alert = screen.querySelector('[role="alert"]');
  clearProblems(form);
  try {
    const response = await fetch(url, {
      method: "POST",
      body: fields,
      headers: { ...headers, "Idempotency-Key": key },
      credentials: "omit",
    });
    const html = response.headers.get("Content-Type")?.startsWith("text/html")
      ? await response.text()
      : "";
    const template = document.createElement("template");
    template.innerHTML = html;
    const answer = template.content.firstElementChild;
    const outcome = answer?.getAttribute("data-outcome");
    if (!answer || !outcome) return say(button?.dataset.failed);
    screen.dataset.outcome = outcome;
    if (response.ok) {
      heardWhenBooked(screen, outcome);
      // The whole page as it is now (a manage page's, a cook's next step), or the outcome in
      // place of the form.
      if (answer.hasAttribute("data-replaces")) screen.replaceChildren(...answer.childNodes);
      else screen.querySelector('[role="status"]')?.replaceChildren(...answer.childNodes);
      form.remove();
      say(undefined);
      // What the answer says takes focus (a cook's next step's title), else the outcome's heading.
      const focus = answer.getAttribute("data-focus") || '[role="status"] [tabindex="-1"]';
      screen.querySelector<HTMLElement>(focus)?.focus();
      return;
    }
    const [summary] = answer.children;
    alert?.replaceChildren(...(summary ? [summary] : []));
    showProblems(form, answer, alert);
  } catch {
    // No answer at all (a dropped connection): the same answers keep their key for a retry.
    say(button?.dataset.stalled);
  }
}
