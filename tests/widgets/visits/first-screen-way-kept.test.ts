import { expect, waitUntil } from "@open-wc/testing";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/visits/define.js";
import type { HearthVisits } from "../../../widgets/visits/visits.js";
import { FetchStub, holdFetch, ok } from "../helpers/fetch-stub.js";
import { visitFixture } from "../helpers/fixtures.js";
import { query, shadow } from "../helpers/shadow.js";

/*
 * A page of its own (each test file is one): the forms' code must not have come before the first
 * screen's form element is drawn, as on a slow line — the visits widget loads it once a visit
 * opens, which any test opening one would have done.
 */

register();
setApiOrigin("https://hearth.test");

const lahemaa = visitFixture();

describe("<hearth-visits> taking over a visit opened on its first screen, an interpreter's way unfolded", () => {
  let stub: FetchStub;
  let element: HearthVisits | undefined;

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  it("keeps the interpreter's form the first screen showed, with what was typed in it", async () => {
    stub = new FetchStub()
      .on("GET", /^\/api\/v1\/orgs\/demo\/events$/, ok({ events: [lahemaa], nextCursor: null }))
      .install();
    const release = holdFetch();
    const el = document.createElement("hearth-visits") as HearthVisits;
    el.setAttribute("org", "demo");
    el.setAttribute("lang", "en");
    // As the visits' show code leaves it: the visit's page, the interpreter's way unfolded, its
    // form's element shown with its own first screen (abridged).
    el.attachShadow({ mode: "open" }).innerHTML =
      `<div part="base" class="base" lang="en" dir="ltr" data-first-screen>` +
      `<article part="detail" class="detail"><h2 class="detail-title" tabindex="-1">${lahemaa.title}</h2>` +
      `<section class="take-part"><section part="choice" class="choice-card panel" data-choice="interpreter">` +
      `<div id="form-interpreter"><hearth-visit-interpreter-form org="demo" lang="en" event="${lahemaa.id}"></hearth-visit-interpreter-form></div>` +
      `</section></section></article></div>`;
    document.body.append(el);
    element = el;
    const screen = el.shadowRoot!.firstElementChild as HTMLElement;
    screen.dataset.opened = lahemaa.id;
    screen.dataset.unfolded = "interpreter";
    const form = screen.querySelector<HTMLElement>("hearth-visit-interpreter-form")!;
    expect(customElements.get("hearth-visit-interpreter-form")).to.equal(undefined);
    // The form's own first screen, abridged: what the interpreter typed there.
    form.attachShadow({ mode: "open" }).innerHTML =
      `<div part="base" class="base" lang="en" dir="ltr" data-first-screen>` +
      `<form part="form" class="form" novalidate data-sends><input id="name" name="name"></form></div>`;
    form.shadowRoot!.querySelector("input")!.value = "Olena";
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    const button = query(el, '[data-choice="interpreter"] button');
    expect(button.getAttribute("aria-expanded")).to.equal("true");
    const kept = query(el, "hearth-visit-interpreter-form") === form;
    expect(kept, "the first screen's form kept").to.equal(true);
    // The forms' code comes (the widget loads it with a visit opened) and the form takes its
    // first screen over, with what was typed there.
    await waitUntil(
      () => customElements.get("hearth-visit-interpreter-form") !== undefined,
      "the forms' code",
    );
    await waitUntil(
      () => !form.shadowRoot!.querySelector("[data-first-screen]"),
      "the form's first screen taken over",
    );
    expect(form.shadowRoot!.querySelector<HTMLInputElement>("#name")?.value).to.equal("Olena");
    const others = shadow(el).querySelectorAll("hearth-visit-group-form, hearth-visit-host-form");
    expect(others).to.have.length(0);
  });
});
