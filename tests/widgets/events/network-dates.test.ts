import { aTimeout, expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { base, has, query, shadow, waitFor } from "../helpers/shadow.js";
import { cataloguePage, networkEvents } from "./network-fixtures.js";

register();
setApiOrigin("https://hearth.test");

const cataloguePath = /^\/api\/v1\/networks\/demo-region\/events$/;
/** Thursday 23:30 in UTC: already Friday 4 December in Tallinn (UTC+2). */
const lateThursdayUtc = Date.parse("2026-12-03T23:30:00Z");
const realNow = Date.now;

const mount = async (lang: string, width = "auto") => {
  const el = await fixture<HearthEvents>(
    html`<div style="inline-size: ${width}">
      <hearth-events network="demo-region" lang=${lang}></hearth-events>
    </div>`,
  ).then((wrapper) => wrapper.querySelector("hearth-events")!);
  await waitFor(el, "#dates");
  return el;
};

const change = (el: HearthEvents, selector: string, value: string) => {
  const control = query<HTMLSelectElement | HTMLInputElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event("change"));
};

describe("<hearth-events network> date filter", () => {
  let stub: FetchStub;
  beforeEach(() => {
    Date.now = () => lateThursdayUtc;
  });
  afterEach(() => {
    Date.now = realNow;
    stub.restore();
  });

  /** Chooses a preset and answers the `from` and `to` the next request sends. */
  async function sent(el: HearthEvents, choice: string) {
    const before = stub.calls.length;
    change(el, "#dates", choice);
    await waitUntil(() => stub.calls.length === before + 1, `a request for ${choice}`);
    const params = stub.calls.at(-1)!.url.searchParams;
    expect(params.get("lang")).to.equal("en");
    return [params.get("from"), params.get("to")];
  }

  it("sends each preset's days as they are in the network's time zone", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await mount("en");
    expect(query(el, 'label[for="dates"]').textContent?.trim()).to.equal("When");
    expect(await sent(el, "today")).to.deep.equal([
      "2026-12-03T22:00:00.000Z",
      "2026-12-04T22:00:00.000Z",
    ]);
    expect(await sent(el, "week")).to.deep.equal([
      "2026-12-03T22:00:00.000Z",
      "2026-12-06T22:00:00.000Z",
    ]);
    expect(await sent(el, "weekend")).to.deep.equal([
      "2026-12-04T22:00:00.000Z",
      "2026-12-06T22:00:00.000Z",
    ]);
    expect(await sent(el, "next30")).to.deep.equal([
      "2026-12-03T22:00:00.000Z",
      "2027-01-02T22:00:00.000Z",
    ]);
    expect(await sent(el, "")).to.deep.equal([null, null]);
  });

  it("counts the days where the network is when its date is not UTC's", async () => {
    const page = cataloguePage();
    const losAngeles = { ...page, network: { ...page.network, timeZone: "America/Los_Angeles" } };
    stub = new FetchStub().on("GET", cataloguePath, ok(losAngeles)).install();
    // Friday 03:00 in UTC is still Thursday 19:00 in Los Angeles (UTC−8).
    Date.now = () => Date.parse("2026-12-04T03:00:00Z");
    const el = await mount("en");
    expect(await sent(el, "today")).to.deep.equal([
      "2026-12-03T08:00:00.000Z",
      "2026-12-04T08:00:00.000Z",
    ]);
    expect(await sent(el, "weekend")).to.deep.equal([
      "2026-12-05T08:00:00.000Z",
      "2026-12-07T08:00:00.000Z",
    ]);
  });

  it("sends a chosen range from its first day's start to the end of its last", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await mount("en");
    change(el, "#dates", "custom");
    await waitFor(el, "#dates-first");
    expect(query(el, 'label[for="dates-first"]').textContent?.trim()).to.equal("First day");
    expect(query(el, 'label[for="dates-last"]').textContent?.trim()).to.equal("Last day");
    // Both fields empty: nothing to narrow, nothing to ask.
    await aTimeout(50);
    expect(stub.calls).to.have.length(1);
    change(el, "#dates-first", "2026-12-10");
    change(el, "#dates-last", "2026-12-12");
    await waitUntil(() => stub.calls.at(-1)!.url.searchParams.has("to"));
    const params = stub.calls.at(-1)!.url.searchParams;
    expect(params.get("from")).to.equal("2026-12-09T22:00:00.000Z");
    expect(params.get("to")).to.equal("2026-12-12T22:00:00.000Z");
  });

  it("starts the chosen dates from the preset's days, asking nothing new", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await mount("en");
    await sent(el, "weekend");
    change(el, "#dates", "custom");
    await waitFor(el, "#dates-first");
    expect(query<HTMLInputElement>(el, "#dates-first").value).to.equal("2026-12-05");
    expect(query<HTMLInputElement>(el, "#dates-last").value).to.equal("2026-12-06");
    await aTimeout(50);
    expect(stub.calls).to.have.length(2);
  });

  it("says plainly when the last day is before the first, and asks nothing", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await mount("en");
    change(el, "#dates", "custom");
    await waitFor(el, "#dates-first");
    change(el, "#dates-first", "2026-12-10");
    await waitUntil(() => stub.calls.length === 2);
    change(el, "#dates-last", "2026-12-09");
    const message = await waitFor(el, ".dates-error");
    expect(message.textContent?.trim()).to.equal(
      "The last day is before the first day. Choose a later last day.",
    );
    const last = query(el, "#dates-last");
    expect(last.getAttribute("aria-invalid")).to.equal("true");
    expect(last.getAttribute("aria-describedby")).to.equal("dates-error");
    await aTimeout(50);
    expect(stub.calls).to.have.length(2);
    await expect(el).to.be.accessible();

    change(el, "#dates-last", "2026-12-11");
    await waitUntil(() => stub.calls.length === 3);
    expect(has(el, ".dates-error")).to.equal(false);
    expect(stub.calls[2]!.url.searchParams.get("to")).to.equal("2026-12-11T22:00:00.000Z");
  });

  it("keeps the days on the next page, and says in the live region when none match", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        cataloguePath,
        ok(cataloguePage()),
        ok(cataloguePage({ events: networkEvents.slice(0, 2), nextCursor: "page2" })),
        ok(cataloguePage({ events: networkEvents.slice(2) })),
        ok(cataloguePage({ events: [] })),
      )
      .install();
    const el = await mount("en");
    const [from, to] = await sent(el, "week");
    (await waitFor(el, ".more")).click();
    await waitUntil(() => shadow(el).querySelectorAll('[part="card"]').length === 3);
    const next = stub.calls[2]!.url.searchParams;
    expect([next.get("cursor"), next.get("from"), next.get("to")]).to.deep.equal([
      "page2",
      from,
      to,
    ]);
    const count = query(el, '.count[role="status"]');
    expect(count.textContent?.trim()).to.equal("3 events");
    await sent(el, "today");
    await waitUntil(() => count.textContent?.includes("No events match your choices"));
    expect(has(el, '[part="list"]')).to.equal(false);
  });

  for (const lang of ["en", "ar"]) {
    it(`is accessible in ${lang}, fits 320 px and keeps its fields in the reading direction`, async () => {
      stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
      const el = await mount(lang, "320px");
      change(el, "#dates", "custom");
      await waitFor(el, "#dates-last");
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      const form = query(el, '[part="filters"]');
      expect(form.scrollWidth).to.be.at.most(320);
      const [first, last] = ["#dates-first", "#dates-last"].map((id) =>
        query(el, id).getBoundingClientRect(),
      );
      expect(Math.max(first!.right, last!.right)).to.be.at.most(form.getBoundingClientRect().right);
      // The first day comes first: above, or on the reading side of the same line.
      const before = lang === "ar" ? first!.left > last!.left : first!.left < last!.left;
      expect(first!.top < last!.top || before).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it("speaks Ukrainian", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await mount("uk");
    const options = [...shadow(el).querySelectorAll("#dates option")].map((option) =>
      option.textContent?.trim(),
    );
    expect(options).to.deep.equal([
      "Будь-коли",
      "Сьогодні",
      "Цього тижня",
      "Цими вихідними",
      "Найближчі 30 днів",
      "Вибрати дати",
    ]);
    expect(query(el, 'label[for="dates"]').textContent?.trim()).to.equal("Коли");
    change(el, "#dates", "custom");
    await waitFor(el, "#dates-last");
    change(el, "#dates-first", "2026-12-10");
    change(el, "#dates-last", "2026-12-01");
    expect((await waitFor(el, ".dates-error")).textContent?.trim()).to.equal(
      "Останній день раніше за перший. Виберіть пізніший останній день.",
    );
    expect(query(el, 'label[for="dates-last"]').textContent?.trim()).to.equal("Останній день");
  });
});
