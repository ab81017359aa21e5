import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, slotFixture } from "../helpers/fixtures.js";
import { base, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;

const threeEvents = [
  eventFixture({ id: "evt_open", title: "Language café", region: "Centre" }),
  eventFixture({
    id: "evt_waitlist",
    title: "Orientation course",
    kind: "course",
    region: "Harbour",
    slots: [slotFixture({ remaining: 0, waitlistRemaining: 4 })],
  }),
  eventFixture({
    id: "evt_full",
    title: "Language Friend meetup",
    region: "Centre",
    slots: [slotFixture({ remaining: 0, waitlistRemaining: 0 })],
  }),
];

function mount(lang: string) {
  return fixture<HearthEvents>(html`<hearth-events org="demo" lang=${lang}></hearth-events>`);
}

for (const lang of languages) {
  describe(`<hearth-events> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows a loading message while events are on their way", async () => {
      stub = new FetchStub().on("GET", eventsPath, "hang").install();
      const el = await mount(lang);
      await waitFor(el, '[role="status"]');
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      expect(base(el).getAttribute("lang")).to.equal(lang);
      await expect(el).to.be.accessible();
    });

    it("lists events with places left, waitlist and full labels", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: threeEvents, nextCursor: null }))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="list"]');
      const cards = shadow(el).querySelectorAll('[part="card"]');
      expect(cards).to.have.length(3);
      expect(query(el, '[data-event="evt_open"]').getAttribute("lang")).to.equal("en");
      const tones = [...shadow(el).querySelectorAll('[part="availability"]')].map(
        (p) => p.className,
      );
      expect(tones.join(" ")).to.match(/open.*waitlist.*closed/);
      if (lang === "en") {
        expect(text(el)).to.include("8 places left");
        expect(text(el)).to.include("Full — join the waitlist");
      }
      expect(stub.calls[0]!.url.searchParams.get("lang")).to.equal(lang);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("says so plainly when there are no events", async () => {
      stub = new FetchStub().on("GET", eventsPath, ok({ events: [], nextCursor: null })).install();
      const el = await mount(lang);
      await waitFor(el, '[part="empty"]');
      if (lang === "en") expect(text(el)).to.include("No events right now");
      await expect(el).to.be.accessible();
    });

    it("shows an error with a retry button that loads again", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, "network", ok({ events: threeEvents, nextCursor: null }))
        .install();
      const el = await mount(lang);
      const alert = await waitFor(el, '[role="alert"]');
      if (lang === "en") expect(alert.textContent).to.include("could not connect");
      await expect(el).to.be.accessible();
      query(el, '[role="alert"] button').click();
      await waitFor(el, '[part="list"]');
      expect(stub.calls).to.have.length(2);
    });

    it("opens an event's details with access notes, calendar link and the sign-up form", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: threeEvents, nextCursor: null }))
        .install();
      const el = await mount(lang);
      (await waitFor(el, '[data-event="evt_open"]')).click();
      const title = await waitFor(el, ".detail-title");
      expect(shadow(el).activeElement).to.equal(title);
      expect(text(el)).to.include("Step-free entrance");
      expect(query<HTMLAnchorElement>(el, "a[download]").href).to.match(/calendar\.ics$/);
      expect(query(el, "hearth-signup").getAttribute("event")).to.equal("evt_open");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-events> filters and pages", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("asks for the next page with the cursor and appends it", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        eventsPath,
        ok({ events: threeEvents.slice(0, 2), nextCursor: "page2" }),
        ok({ events: threeEvents.slice(2), nextCursor: null }),
      )
      .install();
    const el = await mount("en");
    (await waitFor(el, ".more")).click();
    await waitUntil(() => shadow(el).querySelectorAll('[part="card"]').length === 3);
    expect(stub.calls[1]!.url.searchParams.get("cursor")).to.equal("page2");
    expect(shadow(el).querySelector(".more")).to.equal(null);
  });

  it("filters by kind and offers the regions it has seen", async () => {
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: threeEvents, nextCursor: null }))
      .install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    const regions = [...shadow(el).querySelectorAll("#region option")].map((o) =>
      o.textContent?.trim(),
    );
    expect(regions).to.deep.equal(["All areas", "Centre", "Harbour"]);
    const kind = query<HTMLSelectElement>(el, "#kind");
    kind.value = "course";
    kind.dispatchEvent(new Event("change"));
    await waitUntil(() => stub.calls.length === 2);
    expect(stub.calls[1]!.url.searchParams.get("kind")).to.equal("course");
  });

  it("reports a failed load to the host page as hearth-error", async () => {
    stub = new FetchStub().on("GET", eventsPath, apiError(404, "not_found")).install();
    const errors: string[] = [];
    const listener = (event: CustomEvent<{ code: string }>) => errors.push(event.detail.code);
    document.addEventListener("hearth-error", listener);
    const el = await mount("en");
    await waitFor(el, '[role="alert"]');
    document.removeEventListener("hearth-error", listener);
    expect(errors).to.deep.equal(["not_found"]);
  });
});

describe("<hearth-events> content languages", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("marks each organiser text with the language it is really in, field by field", async () => {
    const event = eventFixture({
      id: "evt_mixed",
      title: "Мовне кафе",
      description: "Practise the language over tea.",
      accessibilityNotes: "کرسی چرخدار جا دارد.",
      langs: { title: "uk", summary: "uk", description: "en", accessibilityNotes: "fa" },
      slots: [slotFixture({ label: "Вечір", labelLang: "uk" })],
    });
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: [event], nextCursor: null }))
      .install();
    const el = await fixture<HearthEvents>(
      html`<hearth-events org="demo" lang="uk"></hearth-events>`,
    );
    (await waitFor(el, '[data-event="evt_mixed"]')).click();
    await waitFor(el, ".detail-title");
    expect(query(el, ".detail-title").getAttribute("lang")).to.equal("uk");
    expect(query(el, ".description").getAttribute("lang")).to.equal("en");
    expect(query(el, ".description").getAttribute("dir")).to.equal("ltr");
    const access = [...shadow(el).querySelectorAll("[lang]")]
      .reverse()
      .find((node) => node.textContent?.includes("کرسی"));
    expect(access?.getAttribute("lang")).to.equal("fa");
    expect(access?.getAttribute("dir")).to.equal("rtl");
  });
});
