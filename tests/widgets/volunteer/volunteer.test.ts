import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { VolunteerSignUp } from "../../../schema/contracts/volunteers.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/volunteer/define.js";
import type { HearthVolunteer } from "../../../widgets/volunteer/volunteer.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { shiftsFixture, volunteerFixture } from "../helpers/fixtures.js";
import { base, fill, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const shiftsPath = /^\/api\/v1\/orgs\/demo-city\/shifts$/;
const signUpPath = /^\/api\/v1\/orgs\/demo-city\/volunteers$/;

function mount(lang: string) {
  return fixture<HearthVolunteer>(
    html`<hearth-volunteer org="demo-city" lang=${lang}></hearth-volunteer>`,
  );
}

function stubFor(shifts: Reply, post?: Reply): FetchStub {
  const stub = new FetchStub().on("GET", shiftsPath, shifts);
  if (post) stub.on("POST", signUpPath, post);
  return stub.install();
}

function pick(el: HearthVolunteer, ...ids: string[]): void {
  for (const id of ids) query<HTMLInputElement>(el, `[name="shiftIds"][value="${id}"]`).click();
}

async function send(el: HearthVolunteer): Promise<void> {
  await el.updateComplete;
  query(el, ".submit").click();
  await el.updateComplete;
}

function aboutYou(el: HearthVolunteer, declarations: string[] = []): void {
  fill(el, "#name", "Sam");
  fill(el, "#email", "sam@example.org");
  for (const name of [...declarations, "consent"]) query<HTMLInputElement>(el, `#${name}`).click();
}

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

for (const lang of languages) {
  describe(`<hearth-volunteer> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows a loading message while the shifts are on their way", async () => {
      stub = stubFor("hang");
      const el = await mount(lang);
      await waitFor(el, '[role="status"]');
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("says so when no shifts need volunteers", async () => {
      stub = stubFor(ok(shiftsFixture({ shifts: [] })));
      const el = await mount(lang);
      const empty = await waitFor(el, ".empty");
      if (lang === "en")
        expect(empty.textContent).to.include("No shifts need volunteers right now");
      await expect(el).to.be.accessible();
    });

    it("takes no room for the status and error boxes before there is anything to say", async () => {
      stub = stubFor(ok(shiftsFixture()));
      const el = await mount(lang);
      await waitFor(el, '[name="shiftIds"]');
      for (const region of ['[part="status"]', '[part="error"]']) {
        expect(query(el, region).getBoundingClientRect().height, region).to.equal(0);
      }
    });

    it("groups shifts by day and role, with the need in plain words", async () => {
      stub = stubFor(ok(shiftsFixture()));
      const el = await mount(lang);
      await waitFor(el, ".shifts");
      const days = shadow(el).querySelectorAll(".day");
      expect(days).to.have.length(2);
      expect([...days[0]!.querySelectorAll("h4")].map((h) => h.textContent)).to.deep.equal([
        "Kitchen helper",
        "Driver",
      ]);
      expect(days[1]!.querySelectorAll(".shift")).to.have.length(1);
      if (lang === "en") {
        expect(text(el)).to.include("2 of 4 places taken");
        expect(text(el)).to.include("This role needs a driving licence.");
        expect(text(el)).to.include("You must be at least 21.");
        expect(query(el, '[value="shift_2"]').closest(".shift")!.textContent).to.include("Full");
      }
      expect(query<HTMLInputElement>(el, '[value="shift_2"]').disabled).to.equal(true);
      expect(stub.calls[0]!.url.searchParams.get("lang")).to.equal(lang);
      await expect(el).to.be.accessible();
    });

    it("signs up for two shifts in one request and shows the links", async () => {
      const volunteer = volunteerFixture();
      stub = stubFor(
        ok(shiftsFixture()),
        ok({ volunteer, manageUrl: "https://hearth.test/volunteer/?volunteer=vol_1#token=t" }, 201),
      );
      const el = await mount(lang);
      await waitFor(el, ".shifts");
      pick(el, "shift_1", "shift_4");
      await el.updateComplete;
      expect(shadow(el).querySelector("#drivingLicence")).to.equal(null);
      aboutYou(el, ["foodHygiene"]);
      query<HTMLInputElement>(el, '[name="languages"][value="uk"]').click();
      await send(el);
      const title = await waitFor(el, ".outcome");
      const [post] = posts(stub);
      const body = post!.body as VolunteerSignUp;
      expect(body.shiftIds).to.deep.equal(["shift_1", "shift_4"]);
      expect(body).to.include({
        name: "Sam",
        email: "sam@example.org",
        consent: true,
        locale: lang,
      });
      expect(body.languages).to.deep.equal(["uk"]);
      expect(body.declarations).to.deep.include({ foodHygiene: true, drivingLicence: false });
      expect(post!.headers.get("Idempotency-Key")).to.match(/^[0-9a-f-]{32,36}$/);
      if (lang === "en") expect(title.textContent).to.include("You're signed up for 2 shifts");
      expect(shadow(el).activeElement).to.equal(title);
      expect(query<HTMLAnchorElement>(el, 'a[href*="/volunteer/"]').href).to.include("vol_1");
      expect(query<HTMLInputElement>(el, ".feed-url").value).to.equal(volunteer.calendarUrl);
      await expect(el).to.be.accessible();
    });

    it("warns about two overlapping shifts before sending anything", async () => {
      stub = stubFor(ok(shiftsFixture()), ok({}, 201));
      const el = await mount(lang);
      await waitFor(el, ".shifts");
      pick(el, "shift_1", "shift_3");
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('.shift [aria-invalid="true"]')).to.have.length(2);
      aboutYou(el, ["foodHygiene", "drivingLicence"]);
      fill(el, "#age", "30");
      await send(el);
      const error = await waitFor(el, "#shiftIds-error");
      if (lang === "en") expect(error.textContent).to.include("Two of your shifts overlap");
      expect(posts(stub)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("shows the server's requirement reason beside the shift", async () => {
      stub = stubFor(
        ok(shiftsFixture()),
        apiError(422, "validation_failed", { "shiftIds.0": { code: "needs_driving_licence" } }),
      );
      const el = await mount(lang);
      await waitFor(el, ".shifts");
      pick(el, "shift_3");
      await el.updateComplete;
      aboutYou(el, ["drivingLicence"]);
      fill(el, "#age", "30");
      await send(el);
      const reason = await waitFor(el, "#shift-shift_3-error");
      if (lang === "en")
        expect(reason.textContent).to.include("This role needs a driving licence.");
      expect(shadow(el).activeElement).to.equal(query(el, '[value="shift_3"]'));
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-volunteer> sign-up details", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("refuses the whole sign-up when a shift is full, marking that shift", async () => {
    stub = stubFor(ok(shiftsFixture()), {
      status: 409,
      body: { error: { code: "slot_full", message: "Kitchen helper, Evening is full." } },
    });
    const el = await mount("en");
    await waitFor(el, ".shifts");
    pick(el, "shift_1", "shift_4");
    await el.updateComplete;
    aboutYou(el, ["foodHygiene"]);
    await send(el);
    const full = await waitFor(el, "#shift-shift_4-error");
    expect(full.textContent).to.include("This shift is full now.");
    expect(query(el, '[role="alert"]').textContent).to.include("nothing was booked");
    expect(shadow(el).querySelector("#shift-shift_1-error")).to.equal(null);
  });

  it("marks the form busy while it is sent, its button disabled", async () => {
    stub = stubFor(ok(shiftsFixture()), "hang");
    const el = await mount("en");
    await waitFor(el, ".shifts");
    expect(query(el, '[part="form"]').getAttribute("aria-busy")).to.equal("false");
    pick(el, "shift_1");
    await el.updateComplete;
    aboutYou(el, ["foodHygiene"]);
    await send(el);
    await waitUntil(() => posts(stub).length === 1, "the sign-up is sent");
    await el.updateComplete;
    expect(query(el, '[part="form"]').getAttribute("aria-busy")).to.equal("true");
    expect(query<HTMLButtonElement>(el, ".submit").disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("asks for the declarations the chosen roles need", async () => {
    stub = stubFor(ok(shiftsFixture()), ok({}, 201));
    const el = await mount("en");
    await waitFor(el, ".shifts");
    pick(el, "shift_3");
    await el.updateComplete;
    fill(el, "#name", "Sam");
    query<HTMLInputElement>(el, "#consent").click();
    await send(el);
    await waitFor(el, "#drivingLicence-error");
    expect(query(el, "#age-error").textContent).to.include("Write your age");
    expect(shadow(el).querySelector("#foodHygiene")).to.equal(null);
    expect(posts(stub)).to.have.length(0);
  });
});
