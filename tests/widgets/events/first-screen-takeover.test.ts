import { expect, waitUntil } from "@open-wc/testing";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, holdFetch, ok } from "../helpers/fetch-stub.js";
import { eventFixture } from "../helpers/fixtures.js";
import { has, query, shadow, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;

const events = [
  eventFixture({ id: "evt_cafe", title: "Language café", kind: "meetup" }),
  eventFixture({ id: "evt_course", title: "Orientation course", kind: "course" }),
];

/** What embed.js puts in the element's place: the worker's markup of the same list, abridged. */
const firstScreenMarkup = `<div part="base" class="base" lang="en" dir="ltr" data-first-screen>
  <form part="filters" class="filters" role="search" aria-label="Filter events">
    <div class="filter"><label part="label" for="kind">Type</label>
      <select part="input" id="kind"><option value="" selected>All types</option>
      <option value="meetup">Meetups</option><option value="course">Courses</option></select></div>
  </form>
  <ul part="list" class="list" aria-label="Upcoming events">
    <li part="card" class="card panel"><h3 class="card-title"><button type="button"
      class="title-button" data-event="evt_cafe">Language café</button></h3></li>
    <li part="card" class="card panel"><h3 class="card-title"><button type="button"
      class="title-button" data-event="evt_course">Orientation course</button></h3></li>
  </ul></div>`;

describe("<hearth-events> taking over the worker's first screen", () => {
  let stub: FetchStub;
  let element: HearthEvents | undefined;
  let release: () => void;

  /** The list's answer waits for `release()`, so the test can act on the first screen first. */
  function mountOnFirstScreen(): { el: HearthEvents; screen: HTMLElement } {
    stub = new FetchStub().on("GET", eventsPath, ok({ events, nextCursor: null })).install();
    release = holdFetch();
    const el = document.createElement("hearth-events") as HearthEvents;
    el.setAttribute("org", "demo");
    el.setAttribute("lang", "en");
    el.attachShadow({ mode: "open" }).innerHTML = firstScreenMarkup;
    const screen = el.shadowRoot!.firstElementChild as HTMLElement;
    document.body.append(el);
    element = el;
    return { el, screen };
  }

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  it("shows the first screen alone, no loading message, until its own list replaces it", async () => {
    const { el, screen } = mountOnFirstScreen();
    await el.updateComplete;
    expect(screen.isConnected).to.equal(true);
    expect(has(el, '[role="status"]')).to.equal(false);
    expect(shadow(el).querySelectorAll('[part="list"]')).to.have.length(1);
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[part="list"]')).to.have.length(1);
    expect(shadow(el).querySelectorAll('[part="card"]')).to.have.length(2);
    expect(shadow(el).querySelectorAll("[data-first-screen]")).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it("keeps the person's focus on the same title", async () => {
    const { el, screen } = mountOnFirstScreen();
    screen.querySelector<HTMLElement>('[data-event="evt_course"]')!.focus();
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    const focused = shadow(el).activeElement;
    expect(focused === query(el, '[data-event="evt_course"]'), "focus on the same title").to.equal(
      true,
    );
  });

  it("opens the event whose title was pressed before the widget came", async () => {
    const { el, screen } = mountOnFirstScreen();
    screen.dataset.pressed = "evt_course";
    release();
    const title = await waitFor(el, ".detail-title");
    expect(title.textContent).to.include("Orientation course");
  });

  it("opens an event opened on the first screen before it takes the screen over, and keeps its form there and the focus", async () => {
    const { el, screen } = mountOnFirstScreen();
    // As the events' show code leaves it: the details in the list's place, the form's element in them.
    screen.innerHTML =
      `<article part="detail" class="detail"><button type="button" part="button" class="button secondary back">Back</button>` +
      `<h2 class="detail-title" tabindex="-1">Orientation course</h2>` +
      `<hearth-signup org="demo" event="evt_course" lang="en"></hearth-signup></article>`;
    screen.dataset.opened = "evt_course";
    screen.dataset.pressed = "evt_course";
    const form = screen.querySelector("hearth-signup")!;
    screen.querySelector<HTMLElement>(".detail-title")!.focus();
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
    expect(query(el, ".detail-title").textContent).to.include("Orientation course");
    expect(query(el, "hearth-signup") === form, "the first screen's form kept").to.equal(true);
    expect(shadow(el).activeElement === query(el, ".detail-title"), "focus on the title").to.equal(
      true,
    );
  });

  it("applies a filter changed on the first screen", async () => {
    const { el, screen } = mountOnFirstScreen();
    screen.querySelector("select")!.value = "course";
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    await waitUntil(
      () => stub.calls.some((call) => call.url.searchParams.get("kind") === "course"),
      "the list asked again for courses",
    );
    expect(el.kind).to.equal("course");
  });
});
