import { FetchStub, holdFetch, ok } from "../helpers/fetch-stub.js";
import { signUpFixture, visitFixture } from "../helpers/fixtures.js";
import { show } from "../../../widgets/visits/way-form-first-screen-show.js";
import type { HearthVisitForm } from "../../../widgets/visits/visit-form.js";

/*
 * A visit's form (a group's, a host's, an interpreter's) as a visit opened on the visits list's
 * first screen leaves it, before the forms' code: the worker's markup shown, then the code comes.
 */

export const visit = visitFixture();

/**
 * What the reader sees and where (from the form's top: the focus may scroll the page), control by
 * control; text without spaces (a select's options are drawn with spaces between them by one).
 */
export const layout = (root: ShadowRoot) => {
  const top = (root.host as HTMLElement).getBoundingClientRect().top;
  return [
    ...root.querySelectorAll(
      "h4, p, a, label, legend, summary, select, input:not([type=hidden]), textarea, button",
    ),
  ].map((node) => {
    const box = node.getBoundingClientRect();
    const text = node.textContent?.replace(/\s+/g, "") ?? "";
    return `${node.localName} ${Math.round(box.top - top)} ${Math.round(box.height)} ${text}`;
  });
};

/**
 * Each control's attributes that tell a browser, a phone's keyboard or a screen reader what it
 * is (not where it shows): they must be the same in the worker's drawing and the widget's. A
 * text's or number's value is left out: the worker writes it as an attribute, the widget sets it
 * (and what shows is in `layout`); a choice's value is what it sends.
 */
export const controls = (root: ShadowRoot) =>
  [...root.querySelectorAll("input, select, textarea, button, fieldset")].map((control) =>
    [
      control.localName,
      /^(checkbox|radio)$/.test(control.getAttribute("type") ?? "")
        ? `value=${control.getAttribute("value")}`
        : "",
      ...[
        "id",
        "name",
        "type",
        "autocomplete",
        "inputmode",
        "dir",
        "min",
        "max",
        "maxlength",
        "rows",
        "part",
        "aria-describedby",
        "aria-invalid",
        "tabindex",
      ].map((name) => `${name}=${control.getAttribute(name) ?? ""}`),
    ].join(" "),
  );

let mounted = 0;

/** The form mounted last, to clean up after its test (`unmountWayForm`). */
let current: { stub: FetchStub; release: () => void; element: HTMLElement } | undefined;

/**
 * `markup` (the worker's first screen of the form at `…/visits/evt_visit_1/<form>/first-screen`)
 * shown in a new element of the form's class (`Form`), its read of places as they are now held
 * (the form draws the visit it was given). The API answers the visit's read and a sign-up; `more`
 * adds answers (the first screen's own send). `codeComes`: the visits widget gives the form the
 * visit when it keeps it, then the forms' code comes, and the form, having the visit, draws itself
 * and takes the screen over at once.
 */
export async function mountWayForm<F extends HearthVisitForm>(
  Form: new () => F,
  form: string,
  markup: string,
  more: (stubbed: FetchStub) => FetchStub = (stubbed) => stubbed,
) {
  const stub = more(
    new FetchStub()
      .on(
        "GET",
        /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1$/,
        ok({ event: visit, defaultLocale: "en" }),
      )
      .on(
        "POST",
        /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1\/registrations$/,
        ok(signUpFixture(), 201),
      ),
  ).install();
  const release = holdFetch((url) => !url.includes("/first-screen"));
  const tag = `hearth-visit-${form}-${++mounted}`;
  const element = document.createElement(tag) as F;
  element.setAttribute("org", "demo");
  element.setAttribute("lang", "ar");
  element.setAttribute("event", visit.id);
  document.body.append(element);
  const read = {
    url: `https://hearth.test/api/v1/orgs/demo/visits/${visit.id}/${form}/first-screen?tz=UTC&lang=ar`,
    fresh: true,
    response: Promise.resolve(new Response(markup)),
  };
  await show(element, "ar", [read]);
  const screen = element.shadowRoot!.firstElementChild as HTMLElement;
  const codeComes = () => {
    element.visit = visit;
    // A class of its own per test: each element takes its first screen over anew.
    customElements.define(tag, class extends (Form as unknown as typeof HTMLElement) {});
  };
  current = { stub, release, element };
  return { el: element, screen, codeComes, stub };
}

/** After each test: the held reads let through, `fetch` as it was, the form gone. */
export function unmountWayForm(): void {
  current?.release();
  current?.stub.restore();
  current?.element.remove();
  current = undefined;
}
