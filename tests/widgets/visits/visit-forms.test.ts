import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { PublicEvent } from "../../../schema/contracts/events.js";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { registerForms } from "../../../widgets/visits/define-forms.js";
import type { HearthVisitForm } from "../../../widgets/visits/visit-form.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { signUpFixture, visitFixture } from "../helpers/fixtures.js";
import { base, fill, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

registerForms();
setApiOrigin("https://hearth.test");

const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1\/registrations$/;
const visit = visitFixture();

type FormTag =
  "hearth-visit-group-form" | "hearth-visit-host-form" | "hearth-visit-interpreter-form";

async function mount(tag: FormTag, lang: string, replies: Reply[] = [], data: PublicEvent = visit) {
  const stub = new FetchStub();
  if (replies.length > 0) stub.on("POST", signUpPath, ...replies);
  stub.install();
  const el = document.createElement(tag) as HearthVisitForm;
  el.setAttribute("org", "demo");
  el.setAttribute("lang", lang);
  el.visit = data;
  const mounted = await fixture<HearthVisitForm>(html`<div>${el}</div>`).then(() => el);
  await waitFor(mounted, '[part="form"]');
  return { el: mounted, stub };
}

async function submit(el: Element): Promise<void> {
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await (el as HearthVisitForm).updateComplete;
}

const check = (el: Element, selector: string) => {
  query<HTMLInputElement>(el, selector).checked = true;
};

function select(el: Element, selector: string, value: string): void {
  query<HTMLSelectElement>(el, selector).value = value;
}

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

function expectInvalid(el: Element, name: string): void {
  const control = query(el, `[name="${name}"]`);
  expect(control.getAttribute("aria-invalid")).to.equal("true");
  expect(query(el, `#${name}-error`).textContent?.trim()).to.not.equal("");
}

for (const lang of languages) {
  describe(`visit sign-up forms in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("group: marks a missing pick-up point, name and consent beside the fields", async () => {
      ({ stub } = await mount("hearth-visit-group-form", lang));
      const el = document.querySelector("hearth-visit-group-form")!;
      await submit(el);
      await waitUntil(() => shadow(el).querySelector("#pickupPointId-error"));
      expectInvalid(el, "pickupPointId");
      expectInvalid(el, "name");
      expectInvalid(el, "consent");
      expect(shadow(el).activeElement?.getAttribute("name")).to.equal("pickupPointId");
      expect(posts(stub)).to.have.length(0);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      if (lang === "en") expect(text(el)).to.include("Choose where the group gets on the bus.");
      await expect(el).to.be.accessible();
    });

    it("group: books seats for a party and announces the confirmation with links", async () => {
      ({ stub } = await mount("hearth-visit-group-form", lang, [ok(signUpFixture(), 201)]));
      const el = document.querySelector("hearth-visit-group-form")!;
      fill(el, "#adults", "3");
      fill(el, "#children", "2");
      select(el, "#pickupPointId", "pp_2");
      check(el, 'input[name="languages"][value="ar"]');
      check(el, 'input[name="languages"][value="ti"]');
      fill(el, "#name", "Mari (caseworker)");
      fill(el, "#phone", "+372 5555 1234");
      check(el, "#consent");
      await submit(el);
      await waitFor(el, ".result-title");
      expect(text(el)).to.include("K7QH3M");
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('[role="status"] a')];
      expect(links.map((a) => a.href)).to.deep.equal([
        signUpFixture().registration.manageUrl,
        signUpFixture().registration.calendarUrl,
      ]);
      if (lang === "en") expect(text(el)).to.include("Booked!");
      const [post] = posts(stub);
      const body = post!.body as SignUpBody;
      expect(body).to.deep.include({
        slotId: "slot_seats",
        adults: 3,
        children: 2,
        pickupPointId: "pp_2",
        languages: ["ar", "ti"],
        name: "Mari (caseworker)",
        phone: "+372 5555 1234",
        wheelchairPlaces: 0,
        consent: true,
        locale: lang,
      });
      // The server refuses a sign-up without it: the too-fast check is never skipped.
      expect(body.fillMs).to.be.a("number").and.at.least(0);
      expect(post!.headers.get("Idempotency-Key")).to.have.length.greaterThan(8);
      expect(shadow(el).querySelector("form")).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it("group: announces a waitlist place with its position", async () => {
      ({ stub } = await mount("hearth-visit-group-form", lang, [
        ok(signUpFixture({ status: "waitlisted", position: 2 }), 201),
      ]));
      const el = document.querySelector("hearth-visit-group-form")!;
      select(el, "#pickupPointId", "pp_1");
      fill(el, "#name", "Mari");
      check(el, "#consent");
      await submit(el);
      const title = await waitFor(el, ".result-title");
      expect(title.textContent).to.match(lang === "en" ? /waitlist \(position 2\)/ : /[2٢]/);
      await expect(el).to.be.accessible();
    });

    it("host: asks what they offer and which stop, offering only stops with places", async () => {
      ({ stub } = await mount("hearth-visit-host-form", lang));
      const el = document.querySelector("hearth-visit-host-form")!;
      const options = [...query<HTMLSelectElement>(el, "#slotId").options];
      expect(options.map((o) => [o.value, o.disabled])).to.deep.equal([
        ["", false],
        ["slot_host_1", true],
        ["slot_host_2", false],
      ]);
      expect(options[1]!.textContent).to.include("Viru bog boardwalk");
      fill(el, "#name", "Palmse farm");
      check(el, "#consent");
      await submit(el);
      await waitUntil(() => shadow(el).querySelector("#offer-error"));
      expectInvalid(el, "slotId");
      expectInvalid(el, "offer");
      if (lang === "en")
        expect(text(el)).to.include("Write what you will show or offer the group.");
      expect(posts(stub)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("host: sends the stop's host place, the offer and how many people come", async () => {
      ({ stub } = await mount("hearth-visit-host-form", lang, [ok(signUpFixture(), 201)]));
      const el = document.querySelector("hearth-visit-host-form")!;
      select(el, "#slotId", "slot_host_2");
      fill(el, "#name", "Palmse farm");
      query<HTMLTextAreaElement>(el, "#offer").value = "Lunch and a walk round the farm.";
      fill(el, "#adults", "2");
      fill(el, "#email", "farm@example.org");
      check(el, "#consent");
      await submit(el);
      await waitFor(el, ".result-title");
      if (lang === "en") expect(text(el)).to.include("You are a host on this visit");
      expect(posts(stub)[0]!.body).to.deep.include({
        slotId: "slot_host_2",
        name: "Palmse farm",
        offer: "Lunch and a walk round the farm.",
        adults: 2,
        children: 0,
        email: "farm@example.org",
      });
      await expect(el).to.be.accessible();
    });

    it("interpreter: needs at least one language, shown beside the language choices", async () => {
      ({ stub } = await mount("hearth-visit-interpreter-form", lang));
      const el = document.querySelector("hearth-visit-interpreter-form")!;
      fill(el, "#name", "Olena");
      check(el, "#consent");
      await submit(el);
      await waitFor(el, "#languages-error");
      expect(query(el, "fieldset").getAttribute("aria-describedby")).to.include("languages-error");
      expect(shadow(el).activeElement?.getAttribute("name")).to.equal("languages");
      // Each language's name is in that language; the row keeps the form's direction.
      expect(query(el, 'fieldset label span[lang="uk"]').textContent).to.include("Українська");
      expect(query(el, 'fieldset label span[lang="ar"]').getAttribute("dir")).to.equal("rtl");
      expect(query(el, "fieldset label").hasAttribute("dir")).to.equal(false);
      if (lang === "en") expect(text(el)).to.include("Choose at least one language you interpret.");
      expect(posts(stub)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("interpreter: sends the interpreter place and the languages", async () => {
      ({ stub } = await mount("hearth-visit-interpreter-form", lang, [ok(signUpFixture(), 201)]));
      const el = document.querySelector("hearth-visit-interpreter-form")!;
      fill(el, "#name", "Olena");
      check(el, 'input[name="languages"][value="uk"]');
      check(el, 'input[name="languages"][value="et"]');
      check(el, "#consent");
      await submit(el);
      await waitFor(el, ".result-title");
      expect(posts(stub)[0]!.body).to.deep.include({
        slotId: "slot_interp",
        languages: ["uk", "et"],
        adults: 1,
      });
      await expect(el).to.be.accessible();
    });
  });
}

describe("visit sign-up forms and the server", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("stops a group larger than the seats left before sending", async () => {
    ({ stub } = await mount(
      "hearth-visit-group-form",
      "en",
      [],
      visitFixture({
        slots: [{ ...visit.slots[0]!, remaining: 3, waitlistRemaining: 0 }],
      }),
    ));
    const el = document.querySelector("hearth-visit-group-form")!;
    fill(el, "#adults", "4");
    select(el, "#pickupPointId", "pp_1");
    fill(el, "#name", "Mari");
    check(el, "#consent");
    await submit(el);
    const error = await waitFor(el, "#adults-error");
    expect(error.textContent).to.include("Only 3 seats left");
    expect(posts(stub)).to.have.length(0);
  });

  it("shows the server's party_too_large as seats left beside the adults field", async () => {
    ({ stub } = await mount("hearth-visit-group-form", "en", [
      apiError(422, "party_too_large", { adults: "5 seats left" }),
    ]));
    const el = document.querySelector("hearth-visit-group-form")!;
    select(el, "#pickupPointId", "pp_1");
    fill(el, "#name", "Mari");
    check(el, "#consent");
    await submit(el);
    const error = await waitFor(el, "#adults-error");
    expect(error.textContent).to.include("Only 5 seats left");
  });

  it("stops a host with more people than their stop can still take, and words the server's party_too_large the same", async () => {
    // The open stop has 2 host places left, and no waitlist.
    const stops = visitFixture({
      slots: visit.slots.map((slot) =>
        slot.id === "slot_host_2" ? { ...slot, remaining: 2, waitlistRemaining: 0 } : slot,
      ),
    });
    ({ stub } = await mount(
      "hearth-visit-host-form",
      "en",
      [apiError(422, "party_too_large", { adults: "At most 2 people in all." })],
      stops,
    ));
    const el = document.querySelector("hearth-visit-host-form")!;
    select(el, "#slotId", "slot_host_2");
    fill(el, "#name", "Palmse farm");
    query<HTMLTextAreaElement>(el, "#offer").value = "A walk round the farm.";
    fill(el, "#adults", "3");
    check(el, "#consent");
    await submit(el);
    const error = await waitFor(el, "#adults-error");
    expect(error.textContent).to.include("Too many people for this time");
    expect(posts(stub)).to.have.length(0);
    // Two fit: sent; the server, which has just given a place away, refuses it beside the same
    // field.
    fill(el, "#adults", "2");
    await submit(el);
    await waitUntil(() => posts(stub).length === 1, "sent");
    await waitUntil(
      () => query(el, "#adults-error").textContent?.includes("Too many people for this time"),
      "the server's refusal beside the people",
    );
  });

  it("says above an interpreter's form that the place is gone when the server no longer knows it", async () => {
    ({ stub } = await mount("hearth-visit-interpreter-form", "en", [
      apiError(422, "validation_failed", { slotId: { code: "slot_unknown" } }),
    ]));
    const el = document.querySelector("hearth-visit-interpreter-form")!;
    fill(el, "#name", "Olena");
    check(el, 'input[name="languages"][value="uk"]');
    check(el, "#consent");
    await submit(el);
    await waitUntil(
      () => query(el, '[role="alert"]').textContent?.includes("No places left for this."),
      "said above the form",
    );
    expect(shadow(el).querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
    expect(shadow(el).querySelector('[part="error"][id$="-error"]')).to.equal(null);
  });

  it("lets an interpreter tick every language the form offers", async () => {
    ({ stub } = await mount("hearth-visit-interpreter-form", "en", [ok(signUpFixture(), 201)]));
    const el = document.querySelector("hearth-visit-interpreter-form")!;
    fill(el, "#name", "Olena");
    for (const box of shadow(el).querySelectorAll<HTMLInputElement>('input[name="languages"]'))
      box.checked = true;
    check(el, "#consent");
    await submit(el);
    await waitFor(el, ".result-title");
    expect((posts(stub)[0]!.body as SignUpBody).languages).to.have.length(14);
  });

  it("shows the server's pick-up point, offer and languages errors beside their fields", async () => {
    ({ stub } = await mount("hearth-visit-interpreter-form", "en", [
      apiError(422, "validation_failed", {
        languages: "Choose at least one language you interpret",
      }),
    ]));
    const el = document.querySelector("hearth-visit-interpreter-form")!;
    fill(el, "#name", "Olena");
    check(el, 'input[name="languages"][value="uk"]');
    check(el, "#consent");
    await submit(el);
    const error = await waitFor(el, "#languages-error");
    expect(error.textContent).to.include("Choose at least one language");
  });

  it("says the visit is full when the server answers 409", async () => {
    ({ stub } = await mount("hearth-visit-interpreter-form", "en", [apiError(409, "slot_full")]));
    const el = document.querySelector("hearth-visit-interpreter-form")!;
    fill(el, "#name", "Olena");
    check(el, 'input[name="languages"][value="uk"]');
    check(el, "#consent");
    await submit(el);
    const alert = await waitFor(el, '[role="alert"] p');
    expect(alert.textContent).to.include("full");
  });

  it("reuses the idempotency key when the same answers are sent again after a network error", async () => {
    ({ stub } = await mount("hearth-visit-host-form", "en", ["network", ok(signUpFixture(), 201)]));
    const el = document.querySelector("hearth-visit-host-form")!;
    select(el, "#slotId", "slot_host_2");
    fill(el, "#name", "Palmse farm");
    query<HTMLTextAreaElement>(el, "#offer").value = "Lunch.";
    check(el, "#consent");
    await submit(el);
    await waitFor(el, '[role="alert"] p');
    await submit(el);
    await waitFor(el, ".result-title");
    const keys = posts(stub).map((call) => call.headers.get("Idempotency-Key"));
    expect(keys).to.have.length(2);
    expect(keys[0]).to.equal(keys[1]);
  });
});

describe("visit sign-up forms and places that change meanwhile", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("asks for the seats as they are now when the form opens, and again after an answer", async () => {
    const twoLeft = visitFixture({
      slots: [{ ...visit.slots[0]!, remaining: 2, waitlistRemaining: 0 }],
    });
    stub = new FetchStub()
      .on(
        "GET",
        /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1$/,
        ok({ defaultLocale: "en", event: twoLeft }),
      )
      .on("POST", signUpPath, apiError(409, "slot_full"))
      .install();
    const el = document.createElement("hearth-visit-group-form") as HearthVisitForm;
    el.setAttribute("org", "demo");
    el.setAttribute("lang", "en");
    el.visit = visit;
    await fixture(html`<div>${el}</div>`);
    await waitUntil(() => stub.calls.some((call) => call.method === "GET"), "no fresh read");
    expect(stub.calls.find((call) => call.method === "GET")!.cache).to.equal("no-cache");
    // Let the answer land: the form then checks the party against the seats as they are now.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;

    fill(el, "#adults", "3");
    select(el, "#pickupPointId", "pp_1");
    fill(el, "#name", "Mari");
    check(el, "#consent");
    await submit(el);
    const error = await waitFor(el, "#adults-error");
    expect(error.textContent).to.include("Only 2 seats left");
    expect(posts(stub)).to.have.length(0);

    fill(el, "#adults", "2");
    await submit(el);
    await waitUntil(() => posts(stub).length === 1);
    await waitUntil(() => stub.calls.filter((call) => call.method === "GET").length === 2);
    expect(query<HTMLInputElement>(el, "#name").value).to.equal("Mari");
  });
});
