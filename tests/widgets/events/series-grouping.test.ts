import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { PublicEvent } from "../../../schema/contracts/events.js";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture } from "../helpers/fixtures.js";
import { base, has, hasFocus, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;
/* The sign-up form inside a date's details asks for its event: it keeps the list's copy meanwhile. */
const eventPath = /^\/api\/v1\/orgs\/demo\/events\/[\w-]+$/;

/** The `week`-th (1-based) Tuesday evening of a weekly language café, as a date of series ser_cafe. */
function cafeDate(week: number, total: number): PublicEvent {
  const day = new Date(Date.UTC(2030, 2, 5 + 7 * (week - 1), 16));
  const end = new Date(day.getTime() + 2 * 3600_000);
  return eventFixture({
    id: `evt_cafe_${week}`,
    title: "Language café",
    startsAt: day.toISOString(),
    endsAt: end.toISOString(),
    series: { id: "ser_cafe", position: week, total, blockSignup: false },
  });
}

const oneOff = eventFixture({
  id: "evt_walk",
  title: "City walk",
  startsAt: "2030-03-08T10:00:00.000Z",
  endsAt: "2030-03-08T12:00:00.000Z",
});

/* Soonest first, as the API lists them: the one-off falls between the café's first two dates. */
const threeDatesAndAWalk = [cafeDate(1, 3), oneOff, cafeDate(2, 3), cafeDate(3, 3)];

function mount(lang: string) {
  return fixture<HearthEvents>(html`<hearth-events org="demo" lang=${lang}></hearth-events>`);
}

const cards = (el: Element) => [...shadow(el).querySelectorAll('[part="card"]')];
const dateButtons = (root: Element) =>
  [...root.querySelectorAll<HTMLButtonElement>(".date-button")].map((b) => b.dataset.event);

for (const lang of languages) {
  describe(`<hearth-events> series in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows three dates of one series as one card beside a one-off event", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: threeDatesAndAWalk, nextCursor: null }))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="list"]');
      const [cafe, walk] = cards(el);
      expect(cards(el)).to.have.length(2);
      expect(cafe!.querySelector(".title-button")?.getAttribute("data-event")).to.equal(
        "evt_cafe_1",
      );
      expect(dateButtons(cafe!)).to.deep.equal(["evt_cafe_2", "evt_cafe_3"]);
      expect(walk!.querySelector(".title-button")?.getAttribute("data-event")).to.equal("evt_walk");
      expect(walk!.querySelector(".series") === null).to.equal(true);
      if (lang === "en") {
        expect(cafe!.textContent).to.include("Repeats — next dates:");
        expect(cafe!.textContent).to.include("Tue, Mar 12, 2030");
        expect(cafe!.textContent).not.to.include("more date");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("opens a date's details from the card, with its place in the series and the other dates", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: threeDatesAndAWalk, nextCursor: null }))
        .on("GET", eventPath, "hang")
        .install();
      const el = await mount(lang);
      (await waitFor(el, '.date-button[data-event="evt_cafe_2"]')).click();
      const title = await waitFor(el, ".detail-title");
      expect(hasFocus(el, title)).to.equal(true);
      expect(query(el, "hearth-signup").getAttribute("event")).to.equal("evt_cafe_2");
      expect(dateButtons(query(el, ".detail"))).to.deep.equal(["evt_cafe_1", "evt_cafe_3"]);
      if (lang === "en") {
        expect(text(el)).to.include("Date 2 of 3 of a series");
        expect(text(el)).to.include("Other dates of this series");
      }
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-events> series cards and details", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("names four next dates on the card and counts the rest", async () => {
    const sevenDates = Array.from({ length: 7 }, (_, index) => cafeDate(index + 1, 10));
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: sevenDates, nextCursor: null }))
      .install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    expect(cards(el)).to.have.length(1);
    expect(dateButtons(cards(el)[0]!)).to.deep.equal([
      "evt_cafe_2",
      "evt_cafe_3",
      "evt_cafe_4",
      "evt_cafe_5",
    ]);
    expect(text(el)).to.include("+ 2 more dates");
  });

  it("opens another date from a date's details, and back focuses that date on the card", async () => {
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: threeDatesAndAWalk, nextCursor: null }))
      .on("GET", eventPath, "hang")
      .install();
    const opened: string[] = [];
    const listener = (event: CustomEvent<{ eventId: string }>) => opened.push(event.detail.eventId);
    document.addEventListener("hearth-event-open", listener);
    const el = await mount("en");
    (await waitFor(el, '[data-event="evt_cafe_1"]')).click();
    await waitFor(el, ".detail-title");
    query(el, '.detail .date-button[data-event="evt_cafe_3"]').click();
    await waitUntil(() => query(el, "hearth-signup").getAttribute("event") === "evt_cafe_3");
    await el.updateComplete;
    expect(hasFocus(el, query(el, ".detail-title"))).to.equal(true);
    expect(text(el)).to.include("Date 3 of 3 of a series");
    query(el, ".back").click();
    await waitFor(el, '[part="list"]');
    await el.updateComplete;
    expect(hasFocus(el, query(el, '.date-button[data-event="evt_cafe_3"]'))).to.equal(true);
    document.removeEventListener("hearth-event-open", listener);
    expect(opened).to.deep.equal(["evt_cafe_1", "evt_cafe_3"]);
  });

  it("shows no series in a one-off event's details", async () => {
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: threeDatesAndAWalk, nextCursor: null }))
      .on("GET", eventPath, "hang")
      .install();
    const el = await mount("en");
    (await waitFor(el, '[data-event="evt_walk"]')).click();
    await waitFor(el, ".detail-title");
    expect(has(el, ".detail .series")).to.equal(false);
    expect(text(el)).not.to.include("of a series");
  });

  it("adds dates from the next page to their series' card and focuses the first new card", async () => {
    const laterWalk = eventFixture({
      id: "evt_walk_2",
      title: "Harbour walk",
      startsAt: "2030-03-20T10:00:00.000Z",
      endsAt: "2030-03-20T12:00:00.000Z",
    });
    stub = new FetchStub()
      .on(
        "GET",
        eventsPath,
        ok({ events: threeDatesAndAWalk.slice(0, 2), nextCursor: "page2" }),
        ok({ events: [...threeDatesAndAWalk.slice(2), laterWalk], nextCursor: null }),
      )
      .install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    expect(has(el, ".date-button")).to.equal(false);
    query(el, ".more").click();
    await waitUntil(() => cards(el).length === 3, "the next page's one-off card");
    expect(dateButtons(cards(el)[0]!)).to.deep.equal(["evt_cafe_2", "evt_cafe_3"]);
    await el.updateComplete;
    expect(hasFocus(el, query(el, '[data-event="evt_walk_2"]'))).to.equal(true);
  });

  it("focuses the series' card when a next page only brings more of its dates", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        eventsPath,
        ok({ events: threeDatesAndAWalk.slice(0, 2), nextCursor: "page2" }),
        ok({ events: threeDatesAndAWalk.slice(2), nextCursor: null }),
      )
      .install();
    const el = await mount("en");
    (await waitFor(el, ".more")).click();
    await waitUntil(() => has(el, ".date-button"), "the dates joining their card");
    await el.updateComplete;
    expect(cards(el)).to.have.length(2);
    expect(hasFocus(el, query(el, '.date-button[data-event="evt_cafe_2"]'))).to.equal(true);
  });
});
