import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/visits/define.js";
import type { HearthVisits } from "../../../widgets/visits/visits.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { slotFixture, visitFixture } from "../helpers/fixtures.js";
import { base, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;

const lahemaa = visitFixture();
const tartu = visitFixture({
  id: "evt_visit_tartu",
  title: "Tartu: the old town and a school",
  region: "Tartu",
  slots: [slotFixture({ id: "slot_t", audience: "visitor", remaining: 0, waitlistRemaining: 3 })],
});

function mount(lang: string, region = "") {
  return fixture<HearthVisits>(
    html`<hearth-visits org="demo" lang=${lang} region=${region}></hearth-visits>`,
  );
}

for (const lang of languages) {
  describe(`<hearth-visits> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows a loading message while visits are on their way", async () => {
      stub = new FetchStub().on("GET", eventsPath, "hang").install();
      const el = await mount(lang);
      await waitUntil(() => text(el) !== "");
      expect(query(el, '[role="status"]').textContent?.trim()).to.not.equal("");
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("lists visits with region, languages on the trip and seats left, asking only for visits", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: [lahemaa, tartu], nextCursor: null }))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="list"]');
      expect(shadow(el).querySelectorAll('[part="card"]')).to.have.length(2);
      const params = stub.calls[0]!.url.searchParams;
      expect(params.get("kind")).to.equal("visit");
      expect(params.get("lang")).to.equal(lang);
      expect(text(el)).to.include("Lääne-Viru");
      const tones = [...shadow(el).querySelectorAll('[part="availability"]')].map(
        (p) => p.className,
      );
      expect(tones.join(" ")).to.match(/open.*waitlist/);
      if (lang === "en") {
        expect(text(el)).to.include("5 seats left");
        expect(text(el)).to.include("Languages on the trip:");
        expect(query(el, '[role="status"]').textContent).to.include("2 visits");
      }
      await expect(el).to.be.accessible();
    });

    it("unfolds the day as an ordered list of stops with times, places and access", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: [lahemaa], nextCursor: null }))
        .install();
      const el = await mount(lang);
      const details = (await waitFor(el, '[part="day"]')) as HTMLDetailsElement;
      query(el, '[part="day"] summary').click();
      await waitUntil(() => details.open);
      const stops = [...shadow(el).querySelectorAll('[part="itinerary"] > li')];
      expect(stops).to.have.length(2);
      // Ordered by position, not by the order the API happened to send.
      expect(stops[0]!.textContent).to.include("Viru bog boardwalk");
      expect(stops[0]!.textContent).to.include("not for wheelchairs");
      expect(stops[0]!.querySelector("time")!.getAttribute("datetime")).to.equal(
        "2030-05-10T07:30:00.000Z",
      );
      // 07:30 UTC is 10:30 in Tallinn in May.
      if (lang === "en") expect(stops[0]!.querySelector("time")!.textContent).to.match(/10:30/);
      expect(shadow(el).querySelectorAll('[part="pickup-points"] li')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it("narrows the list to the region chosen in the filter, and says how many are left", async () => {
      stub = new FetchStub()
        .on(
          "GET",
          eventsPath,
          ok({ events: [lahemaa, tartu], nextCursor: null }),
          ok({ events: [tartu], nextCursor: null }),
        )
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="list"]');
      const select = query<HTMLSelectElement>(el, "select#region");
      expect([...select.options].map((o) => o.value)).to.deep.equal(["", "Lääne-Viru", "Tartu"]);
      select.value = "Tartu";
      select.dispatchEvent(new Event("change"));
      await waitUntil(() => shadow(el).querySelectorAll('[part="card"]').length === 1);
      expect(stub.calls[1]!.url.searchParams.get("region")).to.equal("Tartu");
      expect(text(el)).to.include("Tartu: the old town");
      expect(query<HTMLSelectElement>(el, "select#region").options).to.have.length(3);
      if (lang === "en") expect(query(el, '[role="status"]').textContent).to.include("1 visit");
      await expect(el).to.be.accessible();
    });

    it("says so plainly when there are no visits", async () => {
      stub = new FetchStub().on("GET", eventsPath, ok({ events: [], nextCursor: null })).install();
      const el = await mount(lang);
      await waitFor(el, '[part="empty"]');
      if (lang === "en") expect(text(el)).to.include("No visits planned right now");
      await expect(el).to.be.accessible();
    });

    it("shows an error with a retry button that loads again", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, "network", ok({ events: [lahemaa], nextCursor: null }))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[role="alert"]');
      if (lang === "en") expect(text(el)).to.include("could not connect");
      await expect(el).to.be.accessible();
      query(el, '[role="alert"] button').click();
      await waitFor(el, '[part="list"]');
    });

    it("opens a visit with three ways to take part, each opening its own form", async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: [lahemaa], nextCursor: null }))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="list"]');
      query(el, '[data-event="evt_visit_1"]').click();
      await waitFor(el, ".detail-title");
      expect(shadow(el).activeElement).to.equal(query(el, ".detail-title"));
      const choices = [...shadow(el).querySelectorAll('[part="choice"]')];
      expect(choices.map((c) => c.getAttribute("data-choice"))).to.deep.equal([
        "visitor",
        "host",
        "interpreter",
      ]);
      if (lang === "en") {
        expect(text(el)).to.include("Book seats for a group or family");
        expect(text(el)).to.include("Host the group at a stop");
        expect(text(el)).to.include("Interpret on the trip");
      }
      const button = query<HTMLButtonElement>(el, '[data-choice="host"] button');
      expect(button.getAttribute("aria-expanded")).to.equal("false");
      button.click();
      await waitFor(el, "hearth-visit-host-form");
      expect(button.getAttribute("aria-expanded")).to.equal("true");
      const form = query(el, "hearth-visit-host-form");
      await waitUntil(() => form.shadowRoot?.querySelector("form"));
      expect(form.getAttribute("lang")).to.equal(lang);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-visits> paging and initial region", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("starts filtered by its region attribute", async () => {
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: [tartu], nextCursor: null }))
      .install();
    const el = await mount("en", "Tartu");
    await waitFor(el, '[part="list"]');
    expect(stub.calls[0]!.url.searchParams.get("region")).to.equal("Tartu");
    expect(query<HTMLSelectElement>(el, "select#region").value).to.equal("Tartu");
  });

  it("loads more visits and moves focus to the first new one", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        eventsPath,
        ok({ events: [lahemaa], nextCursor: "c2" }),
        ok({ events: [tartu], nextCursor: null }),
      )
      .install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    query(el, ".more").click();
    await waitUntil(() => shadow(el).querySelectorAll('[part="card"]').length === 2);
    expect(stub.calls[1]!.url.searchParams.get("cursor")).to.equal("c2");
    await waitUntil(() => shadow(el).activeElement === query(el, '[data-event="evt_visit_tartu"]'));
    expect(shadow(el).querySelector(".more")).to.equal(null);
  });

  it("offers no hosting when every stop's host places are gone", async () => {
    const noHosts = visitFixture({
      slots: lahemaa.slots.map((slot) =>
        slot.audience === "host" ? { ...slot, remaining: 0, waitlistRemaining: 0 } : slot,
      ),
    });
    stub = new FetchStub()
      .on("GET", eventsPath, ok({ events: [noHosts], nextCursor: null }))
      .install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    query(el, '[data-event="evt_visit_1"]').click();
    await waitFor(el, '[data-choice="host"]');
    expect(shadow(el).querySelector('[data-choice="host"] button')).to.equal(null);
    expect(query(el, '[data-choice="host"]').textContent).to.include("Full");
  });

  it("reports a failed load to the host page", async () => {
    stub = new FetchStub().on("GET", eventsPath, apiError(404, "not_found")).install();
    const seen = new Promise<CustomEvent>((resolve) =>
      document.addEventListener("hearth-error", resolve, { once: true }),
    );
    await mount("en");
    const event = await seen;
    expect(event.detail).to.deep.equal({ status: 404, code: "not_found" });
  });
});
