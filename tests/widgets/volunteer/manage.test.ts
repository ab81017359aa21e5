import { expect, fixture, html } from "@open-wc/testing";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/volunteer/define.js";
import type { HearthVolunteer } from "../../../widgets/volunteer/volunteer.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { shiftsFixture, volunteerFixture } from "../helpers/fixtures.js";
import { base, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const volunteerPath = /^\/api\/v1\/volunteers\/vol_1$/;
const addPath = /^\/api\/v1\/volunteers\/vol_1\/shifts$/;
const cancelPath = /^\/api\/v1\/volunteers\/vol_1\/shifts\/vreg_1$/;
const shiftsPath = /^\/api\/v1\/orgs\/demo-city\/shifts$/;

function mount(lang: string, token = "secret") {
  return fixture<HearthVolunteer>(
    html`<hearth-volunteer
      org="demo-city"
      volunteer="vol_1"
      token=${token}
      lang=${lang}
    ></hearth-volunteer>`,
  );
}

function stubFor(get: Reply, extra: (stub: FetchStub) => FetchStub = (stub) => stub): FetchStub {
  return extra(
    new FetchStub().on("GET", volunteerPath, get).on("GET", shiftsPath, ok(shiftsFixture())),
  ).install();
}

for (const lang of languages) {
  describe(`<hearth-volunteer> manage page in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows the schedule, the private calendar feed and asks with the token", async () => {
      stub = stubFor(ok({ volunteer: volunteerFixture() }));
      const el = await mount(lang);
      await waitFor(el, ".shifts");
      expect(shadow(el).querySelectorAll(".mine-shift")).to.have.length(2);
      expect(query<HTMLInputElement>(el, ".feed-url").value).to.include("secret-feed.ics");
      const get = stub.calls.find((call) => volunteerPath.test(call.url.pathname));
      expect(get!.headers.get("Authorization")).to.equal("Bearer secret");
      expect(query<HTMLInputElement>(el, '[value="shift_1"]').disabled).to.equal(true);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("cancels one shift after a confirm step and announces it", async () => {
      const after = volunteerFixture();
      after.shifts = after.shifts.map((shift) =>
        shift.registrationId === "vreg_1" ? { ...shift, status: "cancelled" } : shift,
      );
      stub = stubFor(ok({ volunteer: volunteerFixture() }), (s) =>
        s.on("DELETE", cancelPath, ok({ volunteer: after })),
      );
      const el = await mount(lang);
      await waitFor(el, ".mine-shift");
      query(el, ".mine-shift .button.danger").click();
      const question = await waitFor(el, ".confirm-text");
      expect(shadow(el).activeElement).to.equal(question);
      expect(stub.calls.filter((c) => c.method === "DELETE")).to.have.length(0);
      await expect(el).to.be.accessible();
      query(el, ".confirm .button.danger").click();
      const outcome = await waitFor(el, ".outcome");
      if (lang === "en") expect(outcome.textContent).to.include("Your shift is cancelled.");
      expect(shadow(el).querySelectorAll(".mine-shift")).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-volunteer> manage page details", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("adds a shift, warning first when it overlaps one already booked", async () => {
    const added = volunteerFixture();
    stub = stubFor(ok({ volunteer: volunteerFixture() }), (s) =>
      s.on("POST", addPath, ok({ volunteer: added })),
    );
    const el = await mount("en");
    await waitFor(el, ".shifts");
    query<HTMLInputElement>(el, '[value="shift_3"]').click();
    await el.updateComplete;
    query(el, ".submit").click();
    await waitFor(el, "#shiftIds-error");
    expect(stub.calls.filter((c) => c.method === "POST")).to.have.length(0);
    expect(shadow(el).querySelector("#name")).to.equal(null);
  });

  it("sends the chosen shifts with the token and says how many were added", async () => {
    stub = stubFor(ok({ volunteer: volunteerFixture({ shifts: [] }) }), (s) =>
      s.on("POST", addPath, ok({ volunteer: volunteerFixture() })),
    );
    const el = await mount("en");
    await waitFor(el, ".shifts");
    query<HTMLInputElement>(el, '[value="shift_1"]').click();
    query<HTMLInputElement>(el, '[value="shift_4"]').click();
    await el.updateComplete;
    query(el, ".submit").click();
    const outcome = await waitFor(el, ".outcome");
    expect(outcome.textContent).to.include("2 shifts added");
    const [post] = stub.calls.filter((c) => c.method === "POST");
    expect(post!.body).to.deep.equal({ shiftIds: ["shift_1", "shift_4"] });
    expect(post!.headers.get("Authorization")).to.equal("Bearer secret");
  });

  it("brings the styles of the schedule and of 'Your data' with the page", async () => {
    stub = stubFor(ok({ volunteer: volunteerFixture() }));
    const el = await mount("en");
    await waitFor(el, ".mine-shift");
    expect(getComputedStyle(query(el, ".mine")).listStyleType).to.equal("none");
    expect(getComputedStyle(query(el, ".my-data")).display).to.equal("grid");
    expect(getComputedStyle(query(el, ".feed")).display).to.equal("grid");
  });

  it("explains a broken link", async () => {
    stub = stubFor(apiError(404, "not_found"));
    const el = await mount("en");
    const alert = await waitFor(el, '[role="alert"]');
    expect(alert.textContent).to.include("link does not work");
    expect(text(el)).to.not.include("Your shifts");
  });
});
