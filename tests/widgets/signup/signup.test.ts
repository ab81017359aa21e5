import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, signUpFixture, slotFixture } from "../helpers/fixtures.js";
import { base, fill, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/registrations$/;
const twoSlots = eventFixture({
  slots: [
    slotFixture({ id: "slot_1", label: "Tuesday" }),
    slotFixture({ id: "slot_2", label: "Saturday", remaining: 1 }),
  ],
});

async function mount(lang: string, ...signUpReplies: Reply[]) {
  const stub = new FetchStub().on("GET", eventPath, ok({ event: twoSlots }));
  if (signUpReplies.length > 0) stub.on("POST", signUpPath, ...signUpReplies);
  stub.install();
  const el = await fixture<HearthSignup>(
    html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
  );
  await waitFor(el, '[part="form"]');
  return { el, stub };
}

function fillValidAnswers(el: HearthSignup): void {
  query<HTMLInputElement>(el, 'input[value="slot_2"]').checked = true;
  fill(el, "#name", "Sam");
  query<HTMLInputElement>(el, "#consent").checked = true;
}

async function submit(el: HearthSignup): Promise<void> {
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

for (const lang of languages) {
  describe(`<hearth-signup> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows a loading message while the event is on its way", async () => {
      stub = new FetchStub().on("GET", eventPath, "hang").install();
      const el = await fixture<HearthSignup>(
        html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
      );
      await waitFor(el, '[role="status"]');
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("offers each time as a radio choice with the places left", async () => {
      ({ stub } = await mount(lang));
      const el = document.querySelector("hearth-signup")!;
      expect(shadow(el).querySelectorAll('input[type="radio"]')).to.have.length(2);
      if (lang === "en") expect(text(el)).to.include("1 place left");
      await expect(el).to.be.accessible();
    });

    it("marks missing answers beside their fields and focuses the first one", async () => {
      const mounted = await mount(lang);
      stub = mounted.stub;
      const { el } = mounted;
      await submit(el);
      await waitUntil(() => shadow(el).querySelector("#slotId-error"));
      const name = query(el, "#name");
      expect(name.getAttribute("aria-invalid")).to.equal("true");
      expect(name.getAttribute("aria-describedby")).to.include("name-error");
      expect(query(el, "#name-error").textContent).to.not.equal("");
      expect(query(el, "#consent").getAttribute("aria-invalid")).to.equal("true");
      expect(shadow(el).activeElement?.getAttribute("name")).to.equal("slotId");
      expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(0);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("announces a confirmed place with the manage link and calendar file", async () => {
      const mounted = await mount(lang, ok(signUpFixture(), 201));
      stub = mounted.stub;
      const { el } = mounted;
      fillValidAnswers(el);
      await submit(el);
      const title = await waitFor(el, ".result-title");
      if (lang === "en") expect(title.textContent).to.include("You're in!");
      expect(text(el)).to.include("K7QH3M");
      if (lang === "en") expect(text(el)).to.include("You did not give an email");
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[role="status"] a')];
      expect(links.map((a) => a.href)).to.deep.equal([
        signUpFixture().registration.manageUrl,
        signUpFixture().registration.calendarUrl,
      ]);
      expect(shadow(el).querySelector("form")).to.equal(null);
      const post = stub.calls.find((call) => call.method === "POST")!;
      const body = post.body as SignUpBody;
      expect(body).to.include({
        slotId: "slot_2",
        adults: 1,
        children: 0,
        name: "Sam",
        consent: true,
      });
      expect(body).to.include({ locale: lang, website: "" });
      expect(body.fillMs).to.be.a("number");
      expect(post.headers.get("Idempotency-Key")).to.have.length.greaterThan(8);
      await expect(el).to.be.accessible();
    });

    it("announces a waitlist place with its position", async () => {
      const mounted = await mount(
        lang,
        ok(signUpFixture({ status: "waitlisted", position: 3 }), 201),
      );
      stub = mounted.stub;
      const { el } = mounted;
      fillValidAnswers(el);
      await submit(el);
      const title = await waitFor(el, ".result-title");
      expect(title.textContent).to.match(lang === "en" ? /waitlist \(position 3\)/ : /[3٣]/);
      await expect(el).to.be.accessible();
    });

    it("says the event is full when the server answers 409", async () => {
      const mounted = await mount(lang, apiError(409, "slot_full"));
      stub = mounted.stub;
      const { el } = mounted;
      fillValidAnswers(el);
      await submit(el);
      const alert = await waitFor(el, '[role="alert"] p');
      if (lang === "en") expect(alert.textContent).to.include("full");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-signup> failures", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("keeps its empty live regions in the page without a gap before the form, and shows an error in its own room", async () => {
    const mounted = await mount("ar", apiError(500, "internal"));
    stub = mounted.stub;
    const { el } = mounted;
    const status = query(el, '[part="status"]');
    const error = query(el, '[part="error"]');
    const top = (element: Element) => element.getBoundingClientRect().top;
    expect(status.getAttribute("role")).to.equal("status");
    expect(error.getAttribute("role")).to.equal("alert");
    // One gap between the event's heading and the form, not one for each empty region.
    const gap = parseFloat(getComputedStyle(base(el)).rowGap);
    const header = query(el, "header.event").getBoundingClientRect();
    expect(top(query(el, '[part="form"]')) - header.bottom).to.equal(gap);

    fillValidAnswers(el);
    await submit(el);
    await waitUntil(() => error.textContent!.trim() !== "", "no error shown");
    expect(error.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(top(query(el, '[part="form"]'))).to.be.greaterThan(error.getBoundingClientRect().bottom);
  });

  it("says an email is on its way only when the person gave one", async () => {
    const mounted = await mount("en", ok(signUpFixture(), 201));
    stub = mounted.stub;
    const { el } = mounted;
    fillValidAnswers(el);
    fill(el, "#email", "sam@example.org");
    await submit(el);
    await waitFor(el, ".result-title");
    expect(text(el)).to.include("We are sending you an email");
    expect(text(el)).not.to.include("You did not give an email");
  });

  it("stops a party larger than the chosen time before sending, beside the adults field", async () => {
    const mounted = await mount("en");
    stub = mounted.stub;
    const { el } = mounted;
    fillValidAnswers(el);
    fill(el, "#adults", "40");
    fill(el, "#children", "10");
    await submit(el);
    const error = await waitFor(el, "#adults-error");
    expect(error.textContent).to.include("Too many people");
    expect(query<HTMLInputElement>(el, "#adults").getAttribute("aria-invalid")).to.equal("true");
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(0);
  });

  it("shows the server's party_too_large beside the adults field", async () => {
    const mounted = await mount("en", apiError(422, "party_too_large", { adults: "At most 4" }));
    stub = mounted.stub;
    const { el } = mounted;
    fillValidAnswers(el);
    await submit(el);
    const error = await waitFor(el, "#adults-error");
    expect(error.textContent).to.include("Too many people");
  });

  it("reuses the idempotency key when the same answers are sent again after a network error", async () => {
    const mounted = await mount("en", "network", ok(signUpFixture(), 201));
    stub = mounted.stub;
    const { el } = mounted;
    fillValidAnswers(el);
    await submit(el);
    const alert = await waitFor(el, '[role="alert"] p');
    expect(alert.textContent).to.include("could not connect");
    await submit(el);
    await waitFor(el, ".result-title");
    const keys = stub.calls
      .filter((call) => call.method === "POST")
      .map((call) => call.headers.get("Idempotency-Key"));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });

  it("uses a new idempotency key when the answers change", async () => {
    const mounted = await mount("en", "network", ok(signUpFixture(), 201));
    stub = mounted.stub;
    const { el } = mounted;
    fillValidAnswers(el);
    await submit(el);
    await waitFor(el, '[role="alert"] p');
    fill(el, "#name", "Samira");
    await submit(el);
    await waitFor(el, ".result-title");
    const keys = stub.calls
      .filter((c) => c.method === "POST")
      .map((c) => c.headers.get("Idempotency-Key"));
    expect(keys[0]).to.not.equal(keys[1]);
  });

  it("shows the server's field errors beside the fields", async () => {
    const mounted = await mount(
      "en",
      apiError(422, "validation_failed", { email: "Check the email address." }),
    );
    stub = mounted.stub;
    const { el } = mounted;
    fillValidAnswers(el);
    await submit(el);
    const error = await waitFor(el, "#email-error");
    expect(error.textContent).to.include("Check the email address.");
    expect(query(el, "#email").getAttribute("aria-invalid")).to.equal("true");
    expect(shadow(el).activeElement).to.equal(query(el, "#email"));
  });

  it("explains that this website may not take sign-ups when the server answers 403", async () => {
    const mounted = await mount("en", apiError(403, "forbidden_origin"));
    stub = mounted.stub;
    const { el } = mounted;
    fillValidAnswers(el);
    await submit(el);
    const alert = await waitFor(el, '[role="alert"] p');
    expect(alert.textContent).to.include("cannot take sign-ups");
  });

  it("shows no form when sign-up is closed", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: eventFixture({ signupOpen: false }) }))
      .install();
    const el = await fixture<HearthSignup>(
      html`<hearth-signup org="demo" event="evt_1"></hearth-signup>`,
    );
    await waitUntil(() => text(el).includes("closed"));
    expect(shadow(el).querySelector("form")).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows the event it is given at once, then its places as the server has them now", async () => {
    const fullNow = eventFixture({
      slots: [
        slotFixture({ id: "slot_1", remaining: 0, waitlistCapacity: 10, waitlistRemaining: 7 }),
      ],
    });
    stub = new FetchStub().on("GET", eventPath, "hang").install();
    const el = await fixture<HearthSignup>(
      html`<hearth-signup
        org="demo"
        event="evt_1"
        lang="en"
        .eventData=${eventFixture()}
      ></hearth-signup>`,
    );
    await waitFor(el, '[part="form"]');
    expect(query(el, "button.submit").textContent).to.include("Sign up");
    expect(stub.calls[0]!.cache).to.equal("no-cache");
    stub.restore();

    stub = new FetchStub()
      .on("GET", eventPath, ok({ defaultLocale: "en", event: fullNow }))
      .install();
    const refreshed = await fixture<HearthSignup>(
      html`<hearth-signup
        org="demo"
        event="evt_1"
        lang="en"
        .eventData=${eventFixture()}
      ></hearth-signup>`,
    );
    const notice = await waitFor(refreshed, '[part="notice"]');
    expect(notice.textContent).to.include("about 3 people are on it before you");
    expect(query(refreshed, "button.submit").textContent).to.include("Join the waitlist");
    await expect(refreshed).to.be.accessible();
  });

  it("says before sending that a full time means the waitlist, and refreshes places after a refusal", async () => {
    const oneLeft = eventFixture({ slots: [slotFixture({ id: "slot_1", remaining: 1 })] });
    const fullNow = eventFixture({
      slots: [
        slotFixture({ id: "slot_1", remaining: 0, waitlistCapacity: 10, waitlistRemaining: 10 }),
      ],
    });
    stub = new FetchStub()
      .on(
        "GET",
        eventPath,
        ok({ defaultLocale: "en", event: oneLeft }),
        ok({ defaultLocale: "en", event: fullNow }),
      )
      .on("POST", /\/registrations$/, apiError(422, "party_too_large"))
      .install();
    const el = await fixture<HearthSignup>(
      html`<hearth-signup org="demo" event="evt_1" lang="en"></hearth-signup>`,
    );
    await waitFor(el, '[part="form"]');
    expect(shadow(el).querySelector('[part="notice"]')).to.equal(null);
    fill(el, "#name", "Sam");
    query<HTMLInputElement>(el, "#consent").click();
    await new Promise((resolve) => setTimeout(resolve, 1600));
    query<HTMLButtonElement>(el, "button.submit").click();
    const notice = await waitFor(el, '[part="notice"]');
    expect(notice.textContent).to.include("you would be first on it");
    expect(query<HTMLInputElement>(el, "#name").value).to.equal("Sam");
    expect(stub.calls.filter((call) => call.method === "GET")).to.have.length(2);
  });
});
