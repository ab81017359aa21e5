import { register } from "../../../widgets/mentoring/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { expect, fixture, html } from "@open-wc/testing";
import type { ManagedIntake } from "../../../schema/contracts/mentoring.js";
import type { HearthMentoring } from "../../../widgets/mentoring/mentoring.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { base, fill, has, hasFocus, query, text, waitFor } from "../helpers/shadow.js";
import { next, onStep, personFixture, personPath } from "./fixtures.js";

register();
setApiOrigin("https://hearth.test");

const withdrawPath = /^\/api\/v1\/mentoring\/people\/mnt_1\/withdraw$/;
const erasePath = /^\/api\/v1\/mentoring\/people\/mnt_1\/erase$/;
const sharePath = /^\/api\/v1\/mentoring\/people\/mnt_1\/share-contact$/;

function mount(lang?: string) {
  return fixture<HearthMentoring>(
    lang
      ? html`<hearth-mentoring person="mnt_1" token="secret" lang=${lang}></hearth-mentoring>`
      : html`<hearth-mentoring person="mnt_1" token="secret"></hearth-mentoring>`,
  );
}

function stubFor(get: Reply, extra: (stub: FetchStub) => FetchStub = (stub) => stub) {
  return extra(new FetchStub().on("GET", personPath, get)).install();
}

const answer = (person: ManagedIntake) => ok({ person });
const calls = (stub: FetchStub, method: string) => stub.calls.filter((c) => c.method === method);

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-mentoring> manage page in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows the answers and the partner once published, asking with the token", async () => {
      const partner = {
        pairId: "mnp_1",
        firstName: "Mari",
        modes: ["online" as const],
        email: null,
        youShared: false,
        theyShared: false,
      };
      stub = stubFor(answer(personFixture({ partners: [partner] })));
      const el = await mount(lang);
      await waitFor(el, ".partner");
      expect(stub.calls[0]!.headers.get("Authorization")).to.equal("Bearer secret");
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      expect(query(el, ".partner").textContent).to.include("Mari");
      expect(query(el, '[part="answers"]').textContent).to.include("Olena");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-mentoring> manage page", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("speaks the language the person signed up in", async () => {
    stub = stubFor(answer(personFixture({ locale: "uk" })));
    const el = await mount();
    await waitFor(el, ".manage");
    expect(base(el).getAttribute("lang")).to.equal("uk");
  });

  it("pauses and resumes, announcing each", async () => {
    stub = stubFor(answer(personFixture()), (s) =>
      s.on(
        "PATCH",
        personPath,
        answer(personFixture({ status: "paused" })),
        answer(personFixture({ status: "active" })),
      ),
    );
    const el = await mount("en");
    await waitFor(el, ".pause");
    query(el, ".pause").click();
    const outcome = await waitFor(el, ".outcome");
    expect(outcome.textContent).to.include("Your sign-up is paused.");
    expect(calls(stub, "PATCH")[0]!.body).to.deep.equal({ status: "paused" });
    expect(query(el, ".pause").textContent).to.include("Resume");
    query(el, ".pause").click();
    await el.updateComplete;
    await waitFor(el, ".state.active");
    expect(calls(stub, "PATCH")[1]!.body).to.deep.equal({ status: "active" });
    expect(text(el)).to.include("Your sign-up is active again.");
  });

  it("withdraws only after a confirm step, which can be left without sending", async () => {
    stub = stubFor(answer(personFixture()), (s) =>
      s.on("POST", withdrawPath, answer(personFixture({ status: "withdrawn" }))),
    );
    const el = await mount("en");
    await waitFor(el, ".withdraw");
    query(el, ".withdraw").click();
    const question = await waitFor(el, ".confirm-text");
    expect(hasFocus(el, question)).to.equal(true);
    expect(calls(stub, "POST")).to.have.length(0);
    await expect(el).to.be.accessible();
    query(el, ".stay").click();
    await waitFor(el, ".withdraw");
    expect(calls(stub, "POST")).to.have.length(0);
    query(el, ".withdraw").click();
    await waitFor(el, ".withdraw-yes");
    query(el, ".withdraw-yes").click();
    await waitFor(el, ".state.withdrawn");
    expect(calls(stub, "POST")[0]!.headers.get("Authorization")).to.equal("Bearer secret");
    expect(has(el, ".pause")).to.equal(false);
    expect(text(el)).to.include("You withdrew from this season.");
  });

  it("erases the data after a confirm step; the page then holds only the announcement", async () => {
    stub = stubFor(answer(personFixture()), (s) => s.on("POST", erasePath, ok(null)));
    const el = await mount("en");
    await waitFor(el, ".erase");
    query(el, ".erase").click();
    await waitFor(el, ".erase-confirm-text");
    expect(text(el)).to.include("deletes your name, your email and your answers");
    expect(calls(stub, "POST")).to.have.length(0);
    query(el, ".my-data .button.danger").click();
    const outcome = await waitFor(el, ".outcome");
    expect(outcome.textContent).to.include("Your data is erased.");
    expect(has(el, ".manage")).to.equal(false);
  });

  it("changes answers with the intake's own screens, without the role and consent", async () => {
    const changed = personFixture({ firstName: "Olja" });
    stub = stubFor(answer(personFixture()), (s) => s.on("PATCH", personPath, answer(changed)));
    const el = await mount("en");
    await waitFor(el, ".change");
    query(el, ".change").click();
    await onStep(el, "About you");
    expect(has(el, "#email")).to.equal(false);
    expect(query<HTMLInputElement>(el, "#firstName").value).to.equal("Olena");
    fill(el, "#firstName", "Olja");
    for (const title of ["Your languages", "When you are free"]) {
      await next(el);
      await onStep(el, title);
    }
    expect(query<HTMLInputElement>(el, '[value="mon.evening"]').checked).to.equal(true);
    for (const title of ["How you can meet", "What you like", "Your wishes"]) {
      await next(el);
      await onStep(el, title);
    }
    expect(query(el, ".next").textContent).to.include("Save my changes");
    await next(el);
    const outcome = await waitFor(el, ".outcome");
    expect(outcome.textContent).to.include("Your changes are saved.");
    const [patch] = calls(stub, "PATCH");
    expect(patch!.body).to.include({ firstName: "Olja", level: "A2", timeZone: "Europe/Tallinn" });
    expect(patch!.body).not.to.have.property("email");
    expect(patch!.body).not.to.have.property("consent");
    expect(query(el, '[part="answers"]').textContent).to.include("Olja");
  });

  it("shares the email with a partner, then shows theirs once both shared", async () => {
    const partner = {
      pairId: "mnp_1",
      firstName: "Mari",
      modes: ["online" as const],
      email: null,
      youShared: false,
      theyShared: false,
    };
    const shared = personFixture({ partners: [{ ...partner, youShared: true }] });
    stub = stubFor(answer(personFixture({ partners: [partner] })), (s) =>
      s.on("POST", sharePath, answer(shared)),
    );
    const el = await mount("en");
    await waitFor(el, ".share");
    query(el, ".share").click();
    await waitFor(el, ".outcome");
    expect(calls(stub, "POST")[0]!.body).to.deep.equal({ pairId: "mnp_1" });
    expect(text(el)).to.include("Your partner's email shows here once they share theirs too.");
    stub.restore();

    const both = personFixture({
      partners: [{ ...partner, youShared: true, theyShared: true, email: "mari@example.org" }],
    });
    stub = stubFor(answer(both));
    const again = await mount("en");
    const link = await waitFor(again, 'a[href="mailto:mari@example.org"]');
    expect(link.textContent).to.include("Write to Mari");
  });

  it("says a broken link plainly, and a refused pause in the alert", async () => {
    stub = stubFor(apiError(404, "not_found"));
    const el = await mount("en");
    await waitFor(el, '[role="alert"] p');
    expect(text(el)).to.include("This link does not work.");
    stub.restore();

    stub = stubFor(answer(personFixture()), (s) =>
      s.on("PATCH", personPath, apiError(409, "invalid_state")),
    );
    const other = await mount("en");
    await waitFor(other, ".pause");
    query(other, ".pause").click();
    await waitFor(other, '.error-box[role="alert"] p');
    expect(has(other, ".state.active")).to.equal(true);
  });
});
