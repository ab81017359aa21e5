import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { PublicEvent } from "../../../schema/contracts/events.js";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import type { SeriesSignUpResponse } from "../../../schema/contracts/series.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, signUpFixture, slotFixture } from "../helpers/fixtures.js";
import {
  base,
  fill,
  has,
  hasFocus,
  languages,
  query,
  shadow,
  text,
  waitFor,
} from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/registrations$/;
const seriesPath = /^\/api\/v1\/orgs\/demo\/series\/ser_cafe\/registrations$/;

/** The first of four Tuesday cafés; people may take every date at once. */
const firstDate = eventFixture({
  series: { id: "ser_cafe", position: 1, total: 4, blockSignup: true },
});

/** The three dates still open, each with its own links. */
const threeDates: SeriesSignUpResponse = {
  registrations: ["2030-03-05", "2030-03-12", "2030-03-19"].map((day, index) => ({
    id: `reg_${index + 1}`,
    eventId: `evt_${index + 1}`,
    startsAt: `${day}T16:00:00.000Z`,
    shortCode: `CODE0${index + 1}`,
    manageUrl: `https://hearth.test/manage/?registration=reg_${index + 1}#token=secret`,
    calendarUrl: `https://hearth.test/api/v1/registrations/reg_${index + 1}/calendar.ics?key=k`,
  })),
};

async function mount(
  lang: string,
  event: PublicEvent,
  replies: { series?: Reply[]; one?: Reply[] } = {},
) {
  const stub = new FetchStub().on("GET", eventPath, ok({ event }));
  if (replies.series) stub.on("POST", seriesPath, ...replies.series);
  if (replies.one) stub.on("POST", signUpPath, ...replies.one);
  stub.install();
  const el = await fixture<HearthSignup>(
    html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
  );
  await waitFor(el, '[part="form"]');
  return { el, stub };
}

const everyDate = (el: HearthSignup) =>
  query<HTMLInputElement>(el, 'input[name="seriesDates"][value="every"]');

/** Chooses every date and answers what the form needs. */
async function chooseEveryDate(el: HearthSignup): Promise<void> {
  (await waitFor(el, 'input[name="seriesDates"][value="every"]')).click();
  await el.updateComplete;
  fill(el, "#name", "Sam");
  query<HTMLInputElement>(el, "#consent").checked = true;
}

async function submit(el: HearthSignup): Promise<void> {
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

for (const lang of languages) {
  describe(`<hearth-signup> for every date of a series in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("offers only this date or every date, only this date chosen", async () => {
      ({ stub } = await mount(lang, firstDate));
      const el = document.querySelector("hearth-signup")!;
      const only = await waitFor(el, 'input[name="seriesDates"][value="one"]');
      expect((only as HTMLInputElement).checked).to.equal(true);
      expect(everyDate(el).checked).to.equal(false);
      if (lang === "en") {
        expect(text(el)).to.include("Only Tue, Mar 5, 2030");
        expect(text(el)).to.include("Every date of the series");
      }
      // Above the submit button.
      const submitButton = query(el, 'button[type="submit"]');
      expect(query(el, ".series-choice").nextElementSibling === submitButton).to.equal(true);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("lists each date booked with its door code, manage link and calendar file", async () => {
      const mounted = await mount(lang, firstDate, { series: [ok(threeDates, 201)] });
      stub = mounted.stub;
      const { el } = mounted;
      await chooseEveryDate(el);
      await submit(el);
      const title = await waitFor(el, ".result-title");
      expect(hasFocus(el, title)).to.equal(true);
      if (lang === "en") expect(title.textContent).to.include("You're in for 3 dates!");
      const dates = shadow(el).querySelectorAll('[role="status"] li');
      expect(dates).to.have.length(3);
      expect(text(el)).to.include("CODE02");
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[role="status"] a')];
      expect(links.map((a) => a.href)).to.deep.equal(
        threeDates.registrations.flatMap((r) => [r.manageUrl, r.calendarUrl]),
      );
      expect(has(el, "form")).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("says plainly when one date is full, keeps the form and offers this date alone", async () => {
      const mounted = await mount(lang, firstDate, {
        series: [apiError(409, "slot_full", { dates: "2030-03-12 is full." })],
      });
      stub = mounted.stub;
      const { el } = mounted;
      await chooseEveryDate(el);
      await submit(el);
      const only = await waitFor(el, ".series-only");
      await el.updateComplete;
      expect(hasFocus(el, only)).to.equal(true);
      expect(only.getAttribute("aria-describedby")).to.equal("series-full");
      if (lang === "en") {
        expect(query(el, "#series-full").textContent).to.include(
          "One of the dates has no room for your group",
        );
        expect(only.textContent).to.include("Sign up for Tue, Mar 5, 2030");
      }
      expect(has(el, "form")).to.equal(true);
      expect(query<HTMLInputElement>(el, "#name").value).to.equal("Sam");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-signup> for a series", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("offers no choice of dates where the organisers take sign-ups date by date", async () => {
    const dateByDate = eventFixture({
      series: { id: "ser_cafe", position: 1, total: 4, blockSignup: false },
    });
    ({ stub } = await mount("en", dateByDate));
    const el = document.querySelector("hearth-signup")!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(has(el, '[name="seriesDates"]')).to.equal(false);
  });

  it("offers no choice of dates on the last date of a series", async () => {
    const lastDate = eventFixture({
      series: { id: "ser_cafe", position: 4, total: 4, blockSignup: true },
    });
    ({ stub } = await mount("en", lastDate));
    const el = document.querySelector("hearth-signup")!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(has(el, '[name="seriesDates"]')).to.equal(false);
  });

  it("sends every date to the series with an idempotency key and without a time", async () => {
    const mounted = await mount("en", firstDate, { series: [ok(threeDates, 201)] });
    stub = mounted.stub;
    const { el } = mounted;
    const registered: string[] = [];
    const listener = (event: CustomEvent<{ eventId: string }>) =>
      registered.push(event.detail.eventId);
    document.addEventListener("hearth-registered", listener);
    await chooseEveryDate(el);
    fill(el, "#adults", "2");
    await submit(el);
    await waitFor(el, ".result-title");
    document.removeEventListener("hearth-registered", listener);
    const posts = stub.calls.filter((call) => call.method === "POST");
    expect(posts).to.have.length(1);
    const [post] = posts;
    expect(post!.url.pathname).to.equal("/api/v1/orgs/demo/series/ser_cafe/registrations");
    expect(post!.headers.get("Idempotency-Key")).to.have.length.greaterThan(8);
    const body = post!.body as Partial<SignUpBody>;
    expect("slotId" in body).to.equal(false);
    expect(body).to.include({ adults: 2, children: 0, name: "Sam", consent: true, locale: "en" });
    expect(registered).to.deep.equal(["evt_1", "evt_2", "evt_3"]);
    expect(text(el)).to.include("You did not give an email");
  });

  it("signs up for this date alone from the refusal, with the ordinary sign-up", async () => {
    const mounted = await mount("en", firstDate, {
      series: [apiError(409, "slot_full")],
      one: [ok(signUpFixture(), 201)],
    });
    stub = mounted.stub;
    const { el } = mounted;
    await chooseEveryDate(el);
    await submit(el);
    (await waitFor(el, ".series-only")).click();
    const title = await waitFor(el, ".result-title");
    expect(title.textContent).to.include("You're in!");
    const posts = stub.calls.filter((call) => call.method === "POST");
    expect(posts.map((call) => call.url.pathname)).to.deep.equal([
      "/api/v1/orgs/demo/series/ser_cafe/registrations",
      "/api/v1/orgs/demo/events/evt_1/registrations",
    ]);
    expect(posts[1]!.body).to.include({ slotId: "slot_1", name: "Sam" });
    expect(posts[0]!.headers.get("Idempotency-Key")).not.to.equal(
      posts[1]!.headers.get("Idempotency-Key"),
    );
  });

  it("shows the server's field errors beside their fields", async () => {
    const mounted = await mount("en", firstDate, {
      series: [apiError(422, "validation_failed", { name: "Write a name." })],
    });
    stub = mounted.stub;
    const { el } = mounted;
    await chooseEveryDate(el);
    await submit(el);
    await waitFor(el, "#name-error");
    expect(query(el, "#name").getAttribute("aria-invalid")).to.equal("true");
    expect(query(el, '[role="alert"]').textContent).to.include("Please check the form");
    expect(has(el, ".series-only")).to.equal(false);
  });

  it("says nothing of the waitlist for every date, and asks no time", async () => {
    const fullToday = eventFixture({
      series: firstDate.series,
      slots: [
        slotFixture({ id: "slot_1", label: "Tuesday", remaining: 0, waitlistRemaining: 5 }),
        slotFixture({ id: "slot_2", label: "Saturday", remaining: 0, waitlistRemaining: 5 }),
      ],
    });
    ({ stub } = await mount("en", fullToday));
    const el = document.querySelector("hearth-signup")!;
    await waitFor(el, 'input[name="seriesDates"]');
    expect(has(el, ".notice.waitlist")).to.equal(true);
    expect(has(el, 'input[name="slotId"]')).to.equal(true);
    everyDate(el).click();
    await el.updateComplete;
    expect(has(el, ".notice.waitlist")).to.equal(false);
    expect(has(el, 'input[name="slotId"]')).to.equal(false);
    expect(query(el, 'button[type="submit"]').textContent?.trim()).to.equal("Sign up");
  });

  it("says an email is on its way for the dates when the person gave one", async () => {
    const mounted = await mount("en", firstDate, { series: [ok(threeDates, 201)] });
    stub = mounted.stub;
    const { el } = mounted;
    await chooseEveryDate(el);
    fill(el, "#email", "sam@example.org");
    await submit(el);
    await waitUntil(() => has(el, ".result-title"));
    expect(text(el)).to.include("We are sending you an email");
  });
});
