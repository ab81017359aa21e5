import { expect, waitUntil } from "@open-wc/testing";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/visits/define.js";
import type { HearthVisits } from "../../../widgets/visits/visits.js";
import { FetchStub, holdFetch, ok } from "../helpers/fetch-stub.js";
import { visitFixture } from "../helpers/fixtures.js";
import { has, query, shadow, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;
const lahemaa = visitFixture();

/** What embed.js puts in the element's place: the worker's markup of the same list, abridged. */
const firstScreenMarkup = `<div part="base" class="base" lang="en" dir="ltr" data-first-screen>
  <p part="status" class="count" role="status">1 visit</p>
  <ul part="list" class="list" aria-label="Upcoming visits">
    <li part="card" class="card panel"><h3 class="card-title"><button type="button"
      class="title-button" data-event="${lahemaa.id}">${lahemaa.title}</button></h3>
      <details part="day" class="show-day"><summary>Show the day</summary><p>…</p></details></li>
  </ul></div>`;

describe("<hearth-visits> taking over the worker's first screen", () => {
  let stub: FetchStub;
  let element: HearthVisits | undefined;
  let release: () => void;

  function mountOnFirstScreen(): { el: HearthVisits; screen: HTMLElement } {
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: [lahemaa], nextCursor: null }))
      .install();
    release = holdFetch();
    const el = document.createElement("hearth-visits") as HearthVisits;
    el.setAttribute("org", "demo");
    el.setAttribute("lang", "en");
    el.attachShadow({ mode: "open" }).innerHTML = firstScreenMarkup;
    document.body.append(el);
    element = el;
    return { el, screen: el.shadowRoot!.firstElementChild as HTMLElement };
  }

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  it("shows the first screen alone, without a loading message, until its own list replaces it", async () => {
    const { el, screen } = mountOnFirstScreen();
    await el.updateComplete;
    expect(has(el, '[role="status"]')).to.equal(true);
    expect(query(el, '[role="status"]').textContent).to.equal("1 visit");
    expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(shadow(el).querySelectorAll('[part="card"]')).to.have.length(1);
    expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it("keeps a day unfolded and the focus on its summary", async () => {
    const { el, screen } = mountOnFirstScreen();
    const details = screen.querySelector("details")!;
    details.open = true;
    details.querySelector("summary")!.focus();
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    const own = query<HTMLDetailsElement>(el, "details");
    expect(own.open).to.equal(true);
    const focused = shadow(el).activeElement;
    expect(focused === own.querySelector("summary"), "focus on the same summary").to.equal(true);
  });

  it("opens a visit opened on the first screen before it takes the screen over, the group's way unfolded, its form kept and the focus in it", async () => {
    const { el, screen } = mountOnFirstScreen();
    // As the visits' show code leaves it: the visit's page, the group's way unfolded, its form's
    // element shown with its own first screen (abridged).
    screen.innerHTML =
      `<article part="detail" class="detail"><button type="button" part="button" class="button secondary back">Back</button>` +
      `<h2 class="detail-title" tabindex="-1">${lahemaa.title}</h2><section class="take-part">` +
      `<section part="choice" class="choice-card panel" data-choice="visitor"><h4>Group</h4>` +
      `<button type="button" part="button" class="button secondary" aria-expanded="true">Group</button>` +
      `<div id="form-visitor"><hearth-visit-group-form org="demo" lang="en" event="${lahemaa.id}"></hearth-visit-group-form></div>` +
      `</section></section></article>`;
    screen.dataset.opened = lahemaa.id;
    screen.dataset.pressed = lahemaa.id;
    screen.dataset.unfolded = "visitor";
    const form = screen.querySelector<HTMLElement>("hearth-visit-group-form")!;
    form.attachShadow({ mode: "open" }).innerHTML = `<input id="name" name="name">`;
    const name = form.shadowRoot!.querySelector("input")!;
    name.value = "Amina";
    name.focus();
    let listDrawnMeanwhile = false;
    const watch = new MutationObserver(() => {
      if (!screen.isConnected && shadow(el).querySelector('[part="list"]'))
        listDrawnMeanwhile = true;
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true });
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    watch.disconnect();
    expect(listDrawnMeanwhile, "no list between the two").to.equal(false);
    expect(query(el, ".detail-title").textContent).to.include(lahemaa.title);
    const unfolded = query(el, '[data-choice="visitor"] button');
    expect(unfolded.getAttribute("aria-expanded")).to.equal("true");
    expect(query(el, "hearth-visit-group-form") === form, "the first screen's form kept").to.equal(
      true,
    );
    expect(form.hidden).to.equal(false);
    expect(shadow(el).activeElement === form, "the focus still in the form").to.equal(true);
    expect(form.shadowRoot!.activeElement === name, "on the same field").to.equal(true);
  });

  it("unfolds a host's way noted on the first screen, its form drawn by the widget", async () => {
    const { el, screen } = mountOnFirstScreen();
    screen.innerHTML = `<article part="detail" class="detail"><h2 class="detail-title" tabindex="-1">${lahemaa.title}</h2></article>`;
    screen.dataset.opened = lahemaa.id;
    screen.dataset.unfolded = "host";
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(query(el, '[data-choice="host"] button').getAttribute("aria-expanded")).to.equal("true");
    await waitFor(el, "hearth-visit-host-form");
  });

  it("opens the visit whose title was pressed before the widget came", async () => {
    const { el, screen } = mountOnFirstScreen();
    screen.dataset.pressed = lahemaa.id;
    release();
    const title = await waitFor(el, ".detail-title");
    expect(title.textContent).to.include(lahemaa.title);
  });
});
