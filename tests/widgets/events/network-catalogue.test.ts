import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerSignup } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { signUpFixture } from "../helpers/fixtures.js";
import { base, fill, query, shadow, text, waitFor } from "../helpers/shadow.js";
import { cataloguePage, networkEvents } from "./network-fixtures.js";

register();
registerSignup();
setApiOrigin("https://hearth.test");

const cataloguePath = /^\/api\/v1\/networks\/demo-region\/events$/;
const jobsPath = /^\/api\/v1\/orgs\/welcome-bridge\/events\/evt_jobs$/;
const jobsSignUpPath = /^\/api\/v1\/orgs\/welcome-bridge\/events\/evt_jobs\/registrations$/;
const jobs = networkEvents[0]!;

/** The member's own answer for its event: its websites (the network's among them) and its page. */
const memberAnswer = (signupOrigins = [location.origin]) =>
  ok({
    defaultLocale: "en",
    signupOrigins,
    signupPageUrl: "https://hearth.test/signup/?org=welcome-bridge",
    event: jobs,
  });

/** The text without the marks that keep a name in its own direction. */
const plain = (value: string | null | undefined) => (value ?? "").replace(/[\u2068\u2069]/g, "");

const mount = (lang: string) =>
  fixture<HearthEvents>(html`<hearth-events network="demo-region" lang=${lang}></hearth-events>`);

/** The sign-up form inside the opened event, once it shows. */
async function signUpForm(el: HearthEvents): Promise<HearthSignup> {
  (await waitFor(el, '[data-event="evt_jobs"]')).click();
  const form = (await waitFor(el, "hearth-signup")) as HearthSignup;
  await waitUntil(() => form.shadowRoot?.querySelector('[part="form"], .elsewhere'), "the form");
  return form;
}

function choose(el: HearthEvents, filter: string, value: string): void {
  const select = query<HTMLSelectElement>(el, `#${filter}`);
  select.value = value;
  select.dispatchEvent(new Event("change"));
}

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-events network> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists every member's events, each naming its organiser, and marks the featured one", async () => {
      stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
      const el = await mount(lang);
      await waitFor(el, '[part="list"]');
      const cards = [...shadow(el).querySelectorAll('[part="card"]')];
      expect(cards).to.have.length(3);
      const bylines = cards.map((card) => plain(card.querySelector(".organiser")?.textContent));
      expect(bylines[0]).to.include("Welcome Bridge");
      expect(bylines[1]).to.include("Open Kitchen Collective");
      expect(bylines[2]).to.include("Demo Region");
      // The mark is words, not only colour, and only on the featured event.
      expect(shadow(el).querySelectorAll(".featured")).to.have.length(1);
      expect(cards[2]!.querySelector(".featured")?.textContent?.trim()).to.match(/\p{L}{3,}/u);
      // The organiser's colour runs down the card's start edge; none without a colour.
      const edge = cards[0]!.querySelector(".organiser-edge")!;
      expect(edge.querySelector("rect")!.getAttribute("fill")).to.equal("#6a1b9a");
      // The whole height of the card, at its start side, inside its 1px border.
      const [card, drawn] = [cards[0]!, edge].map((node) => node.getBoundingClientRect());
      expect(drawn!.height).to.be.closeTo(card!.height, 2);
      const start = lang === "ar" ? card!.right - drawn!.right : drawn!.left - card!.left;
      expect(start).to.be.closeTo(0, 1);
      expect(cards[1]!.querySelector(".organiser-edge")).to.equal(null);
      const count = query(el, '.count[role="status"]');
      if (lang === "en") {
        expect(bylines[0]).to.include("Organised by Welcome Bridge");
        expect(text(el)).to.include("Featured");
        expect(count.textContent?.trim()).to.equal("3 events");
      } else expect(count.textContent).to.match(/[3٣]/);
      expect(stub.calls[0]!.url.searchParams.get("lang")).to.equal(lang);
      expect(base(el).getAttribute("lang")).to.equal(lang);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("opens a member's event with its own calendar file and the form of its organiser", async () => {
      stub = new FetchStub()
        .on("GET", cataloguePath, ok(cataloguePage()))
        .on("GET", jobsPath, memberAnswer())
        .install();
      const el = await mount(lang);
      const form = await signUpForm(el);
      expect(form.getAttribute("org")).to.equal("welcome-bridge");
      expect(plain(query(el, ".detail .organiser").textContent)).to.include("Welcome Bridge");
      expect(query<HTMLAnchorElement>(el, "a[download]").href).to.equal(jobs.calendarUrl);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-events network> filters and sign-up", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("asks the network for the organiser, language and kind chosen, keeping the others", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    const organisers = [...shadow(el).querySelectorAll("#organiser option")].map((option) =>
      option.textContent?.trim(),
    );
    expect(organisers).to.deep.equal([
      "All organisers",
      "Demo Region",
      "Open Kitchen Collective",
      "Welcome Bridge",
    ]);
    expect(query(el, 'label[for="organiser"]').textContent?.trim()).to.equal("Organiser");
    expect(query(el, 'label[for="language"]').textContent?.trim()).to.equal("Language spoken");

    choose(el, "organiser", "welcome-bridge");
    await waitUntil(() => stub.calls.length === 2);
    choose(el, "language", "uk");
    await waitUntil(() => stub.calls.length === 3);
    choose(el, "kind", "course");
    await waitUntil(() => stub.calls.length === 4);
    const last = stub.calls[3]!.url;
    expect(last.pathname).to.equal("/api/v1/networks/demo-region/events");
    expect(Object.fromEntries(last.searchParams)).to.deep.equal({
      kind: "course",
      lang: "en",
      organiser: "welcome-bridge",
      language: "uk",
    });
    expect(query<HTMLSelectElement>(el, "#organiser").value).to.equal("welcome-bridge");
  });

  it("offers every language Hearth speaks by its own name, then others spoken at the events", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    const options = [...shadow(el).querySelectorAll<HTMLOptionElement>("#language option")];
    expect(options).to.have.length(1 + 18 + 1);
    const ukrainian = options.find((option) => option.value === "uk")!;
    expect(ukrainian.textContent?.trim()).to.equal("Українська");
    expect(ukrainian.getAttribute("lang")).to.equal("uk");
    const arabic = options.find((option) => option.value === "ar")!;
    expect(arabic.getAttribute("dir")).to.equal("rtl");
    expect(options.at(-1)!.value).to.equal("pl");
    expect(options.at(-1)!.textContent?.trim()).to.equal("polski");
  });

  it("says when no event matches the filters, in the live region", async () => {
    stub = new FetchStub()
      .on("GET", cataloguePath, ok(cataloguePage()), ok(cataloguePage({ events: [] })))
      .install();
    const el = await mount("en");
    await waitFor(el, '[part="list"]');
    choose(el, "organiser", "open-kitchen");
    await waitUntil(() => text(el).includes("No events match your choices"));
    expect(query(el, '[role="status"]').textContent).to.include("No events match");
    expect(shadow(el).querySelector('[part="list"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("asks the network for the next page with the cursor", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        cataloguePath,
        ok(cataloguePage({ events: networkEvents.slice(0, 2), nextCursor: "page2" })),
        ok(cataloguePage({ events: networkEvents.slice(2) })),
      )
      .install();
    const el = await mount("en");
    (await waitFor(el, ".more")).click();
    await waitUntil(() => shadow(el).querySelectorAll('[part="card"]').length === 3);
    expect(stub.calls[1]!.url.pathname).to.equal("/api/v1/networks/demo-region/events");
    expect(stub.calls[1]!.url.searchParams.get("cursor")).to.equal("page2");
    expect(query(el, ".count").textContent?.trim()).to.equal("3 events");
  });

  it("sends a sign-up for a member's event to that member", async () => {
    stub = new FetchStub()
      .on("GET", cataloguePath, ok(cataloguePage()))
      .on("GET", jobsPath, memberAnswer())
      .on("POST", jobsSignUpPath, ok(signUpFixture(), 201))
      .install();
    const el = await mount("en");
    const form = await signUpForm(el);
    fill(form, "#name", "Olena");
    query<HTMLInputElement>(form, "#consent").checked = true;
    query(form, 'button[type="submit"]').click();
    await waitFor(form, ".result-title");
    const posts = stub.calls.filter((call) => call.method === "POST");
    expect(posts.map((call) => call.url.pathname)).to.deep.equal([
      "/api/v1/orgs/welcome-bridge/events/evt_jobs/registrations",
    ]);
  });

  it("takes sign-ups on the network's websites even where the member's answer leaves them out", async () => {
    stub = new FetchStub()
      .on("GET", cataloguePath, ok(cataloguePage()))
      .on("GET", jobsPath, memberAnswer(["https://bridge.example"]))
      .install();
    const el = await mount("en");
    const form = await signUpForm(el);
    await waitUntil(() => stub.calls.some((call) => jobsPath.test(call.url.pathname)));
    await form.updateComplete;
    expect(shadow(form).querySelector(".elsewhere")).to.equal(null);
    expect(shadow(form).querySelector('[part="form"]')).to.not.equal(null);
  });

  it("keeps its filters inside the width a 320 px screen leaves it, however long an option's words (Somali)", async () => {
    stub = new FetchStub().on("GET", cataloguePath, ok(cataloguePage())).install();
    const el = await fixture<HearthEvents>(
      html`<div style="inline-size: 256px">
        <hearth-events network="demo-region" lang="so"></hearth-events>
      </div>`,
    ).then((frame) => frame.querySelector("hearth-events")!);
    await waitFor(el, '[part="list"]');
    const frame = el.parentElement!.getBoundingClientRect();
    const selects = [...shadow(el).querySelectorAll("select")];
    expect(selects.length).to.be.greaterThan(2);
    for (const select of selects) {
      const box = select.getBoundingClientRect();
      expect(box.right, select.id).to.be.at.most(frame.right + 0.5);
      expect(box.left, select.id).to.be.at.least(frame.left - 0.5);
    }
  });

  it("on a website the network did not allow, sends the reader to the network's page", async () => {
    stub = new FetchStub()
      .on("GET", cataloguePath, ok(cataloguePage({ signupOrigins: ["https://region.example"] })))
      .on("GET", jobsPath, memberAnswer(["https://region.example", "https://bridge.example"]))
      .on("POST", /^\/api\/v1\/orgs\/demo-region\/refused-website$/, { status: 204, body: null })
      .install();
    const el = await mount("en");
    const form = await signUpForm(el);
    const link = new URL((await waitFor(form, ".elsewhere a")).getAttribute("href")!);
    expect(link.pathname).to.equal("/signup/");
    expect(link.searchParams.get("network")).to.equal("demo-region");
    expect(link.searchParams.get("lang")).to.equal("en");
    // The network is told its catalogue is on a website it has not allowed.
    await waitUntil(() => stub.calls.some((call) => call.method === "POST"));
    await expect(el).to.be.accessible();
  });
});
