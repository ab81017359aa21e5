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

  it("opens the visit whose title was pressed before the widget came", async () => {
    const { el, screen } = mountOnFirstScreen();
    screen.dataset.pressed = lahemaa.id;
    release();
    const title = await waitFor(el, ".detail-title");
    expect(title.textContent).to.include(lahemaa.title);
  });
});
