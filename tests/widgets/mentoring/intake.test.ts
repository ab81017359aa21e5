import { register } from "../../../widgets/mentoring/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { expect, fixture, html } from "@open-wc/testing";
import type { IntakeBody } from "../../../schema/contracts/mentoring.js";
import type { HearthMentoring } from "../../../widgets/mentoring/mentoring.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { base, fill, has, hasFocus, query, shadow, text, waitFor } from "../helpers/shadow.js";
import {
  answerBuiltInSteps,
  intakePath,
  next,
  onStep,
  personFixture,
  seasonFixture,
  seasonPath,
  tick,
} from "./fixtures.js";

register();
setApiOrigin("https://hearth.test");

const manageUrl = "https://hearth.test/mentoring/?person=mnt_1#token=secret";

function mount(lang: string, as = "learner") {
  return fixture<HearthMentoring>(
    html`<hearth-mentoring
      org="demo-city"
      season="mns_1"
      as=${as}
      lang=${lang}
    ></hearth-mentoring>`,
  );
}

function stubFor(post?: Reply, season = seasonFixture()): FetchStub {
  const stub = new FetchStub().on("GET", seasonPath, ok({ season }));
  if (post) stub.on("POST", intakePath, post);
  return stub.install();
}

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

/** Answers every screen up to the last one, as a learner at A2 who meets online or in Tartu. */
async function answerAll(el: HearthMentoring): Promise<void> {
  await answerBuiltInSteps(el);
  await onStep(el, "Check and send");
}

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-mentoring> intake in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("asks mentor or learner first, in the reader's language and direction", async () => {
      stub = stubFor();
      const el = await fixture<HearthMentoring>(
        html`<hearth-mentoring org="demo-city" season="mns_1" lang=${lang}></hearth-mentoring>`,
      );
      await waitFor(el, '[name="role"]');
      expect(base(el).getAttribute("lang")).to.equal(lang);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      expect(shadow(el).querySelectorAll('[name="role"]')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it("shows the week as a table of named checkboxes and the answers before sending", async () => {
      stub = stubFor();
      const el = await mount(lang);
      await waitFor(el, "#firstName");
      fill(el, "#firstName", "Olena");
      fill(el, "#email", "olena@example.org");
      await next(el);
      await waitFor(el, '[name="level"]');
      await expect(el).to.be.accessible();
      tick(el, '[name="level"][value="B1"]');
      await next(el);
      const grid = await waitFor(el, "table.week");
      expect(grid.querySelectorAll('th[scope="row"]')).to.have.length(7);
      expect(grid.querySelectorAll('th[scope="col"]')).to.have.length(3);
      expect(grid.querySelectorAll('input[type="checkbox"]')).to.have.length(21);
      const cell = query(el, '[value="wed.afternoon"]').closest("label")!;
      expect(cell.getBoundingClientRect().height).to.be.at.least(44);
      expect(cell.getBoundingClientRect().width).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-mentoring> intake", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("checks a screen with the contract before going on, and focuses the first problem", async () => {
    stub = stubFor();
    const el = await mount("en");
    await waitFor(el, "#firstName");
    fill(el, "#email", "not an address");
    await next(el);
    await waitFor(el, "#firstName-error");
    expect(text(el)).to.include("Check the email address.");
    expect(hasFocus(el, query(el, "#firstName"))).to.equal(true);
    expect(query(el, "#firstName").getAttribute("aria-describedby")).to.include("firstName-error");
    fill(el, "#firstName", "Olena");
    fill(el, "#email", "olena@example.org");
    await next(el);
    await onStep(el, "Your languages");
    expect(hasFocus(el, query(el, ".step-title"))).to.equal(true);
  });

  it("tells a learner outside the season's levels plainly and offers no way on", async () => {
    stub = stubFor();
    const el = await mount("en");
    await waitFor(el, "#firstName");
    fill(el, "#firstName", "Olena");
    fill(el, "#email", "olena@example.org");
    await next(el);
    await waitFor(el, '[name="level"]');
    expect(shadow(el).querySelectorAll('[name="level"]')).to.have.length(6);
    tick(el, '[name="level"][value="C1"]');
    await el.updateComplete;
    expect(query(el, ".level-notice").textContent).to.include(
      "This season is for learners from level A2 to B1",
    );
    expect(has(el, ".next")).to.equal(false);
    tick(el, '[name="level"][value="A2"]');
    await el.updateComplete;
    expect(query(el, ".level-notice").textContent?.trim()).to.equal("");
    expect(has(el, ".next")).to.equal(true);
  });

  it("asks a mentor how many learners, up to the season's maximum, and never stops them", async () => {
    stub = stubFor();
    const el = await mount("en", "mentor");
    await waitFor(el, "#firstName");
    fill(el, "#firstName", "Mari");
    fill(el, "#email", "mari@example.org");
    await next(el);
    await waitFor(el, '[name="capacity"]');
    expect(shadow(el).querySelectorAll('[name="capacity"]')).to.have.length(3);
    tick(el, '[name="level"][value="C2"]');
    await el.updateComplete;
    expect(has(el, ".next")).to.equal(true);
  });

  it("offers only the season's ways to meet, and its regions once in person is ticked", async () => {
    stub = stubFor(undefined, seasonFixture({ regions: [] }));
    const el = await mount("en");
    await answerAll(el);
    for (const title of ["Your wishes", "What you like", "How you can meet"]) {
      query(el, ".back").click();
      await onStep(el, title);
    }
    expect(has(el, '[name="modes"][value="phone"]')).to.equal(false);
    const region = query<HTMLInputElement>(el, "#region");
    expect(region.localName).to.equal("input");
    fill(el, "#region", "");
    await next(el);
    await waitFor(el, "#region-error");
    expect(query(el, "#region-error").textContent).to.include("Say where you can meet in person.");
  });

  it("sends the answers with an Idempotency-Key, reuses it on a retry, and shows the link", async () => {
    const person = personFixture();
    stub = stubFor();
    stub.on("POST", intakePath, "network", ok({ person, manageUrl }, 201));
    const el = await mount("en");
    await answerAll(el);
    expect(text(el)).to.include("Chess");
    tick(el, "#consent");
    await next(el);
    await waitFor(el, '[part="error"] p');
    expect(text(el)).to.include("We could not connect");
    await next(el);
    const outcome = await waitFor(el, ".outcome");
    expect(outcome.textContent).to.include("Thank you, Olena!");
    expect(has(el, `a[href="${manageUrl}"]`)).to.equal(true);
    const [first, second] = posts(stub);
    const key = first!.headers.get("Idempotency-Key");
    expect(key).to.match(/^[\w.:-]{8,128}$/);
    expect(second!.headers.get("Idempotency-Key")).to.equal(key);
    const body = second!.body as IntakeBody;
    expect(body.fillMs).to.be.a("number");
    expect({ ...body, fillMs: 0 }).to.deep.equal({
      role: "learner",
      email: "olena@example.org",
      locale: "en",
      firstName: "Olena",
      timeZone: "Europe/Tallinn",
      languages: [{ code: "uk", fluency: "native" }],
      level: "A2",
      availability: [
        { day: "mon", part: "evening" },
        { day: "sat", part: "morning" },
      ],
      modes: ["online", "in_person"],
      region: "Tartu",
      interests: ["cooking"],
      interestsOther: "Chess",
      gender: null,
      age: null,
      wants: { gender: null, ageMin: null, ageMax: null },
      consent: true,
      website: "",
      fillMs: 0,
    });
    await expect(el).to.be.accessible();
  });

  it("shows the server's field codes beside their fields, on the step they belong to", async () => {
    stub = stubFor(
      apiError(422, "validation_failed", {
        modes: { code: "mode_not_offered", params: { modes: "online" } },
        region: { code: "region_required" },
        level: { code: "level_out_of_range", params: { min: "A2", max: "B1" } },
      }),
    );
    const el = await mount("en");
    await answerAll(el);
    tick(el, "#consent");
    await next(el);
    await onStep(el, "Your languages");
    expect(query(el, "#level-error").textContent).to.include(
      "This season is for learners from level A2 to B1.",
    );
    expect(hasFocus(el, query(el, '[name="level"]'))).to.equal(true);
    expect(text(el)).to.include("Please check the form.");
    await next(el);
    await onStep(el, "When you are free");
    await next(el);
    await onStep(el, "How you can meet");
    expect(query(el, "#modes-error").textContent).to.include("pairs meet only like this: Online");
    expect(query(el, "#region-error").textContent).to.include("Say where you can meet in person.");
  });

  it("words a refused way to meet and a missing region in the reader's language", async () => {
    stub = stubFor(
      apiError(422, "validation_failed", {
        modes: { code: "mode_not_offered", params: { modes: "online, phone" } },
        region: { code: "region_required" },
      }),
    );
    const el = await mount("en");
    await answerAll(el);
    tick(el, "#consent");
    await next(el);
    await onStep(el, "How you can meet");
    expect(query(el, "#modes-error").textContent).to.include(
      "In this season, pairs meet only like this: Online, by video call or By phone.",
    );
    expect(query(el, "#region-error").textContent).to.include("Say where you can meet in person.");
    expect(query(el, '[name="modes"]').getAttribute("aria-invalid")).to.equal("true");
  });

  it("says sign-ups closed when the intake closed meanwhile, and hides the form", async () => {
    stub = stubFor({ status: 409, body: { error: { code: "signup_closed", message: "x" } } });
    const el = await mount("en");
    await answerAll(el);
    tick(el, "#consent");
    await next(el);
    await waitFor(el, '[part="error"] p');
    expect(text(el)).to.include("Sign-ups for this season are closed.");
    expect(has(el, "form")).to.equal(false);
  });

  it("says so before anyone types when the season's intake is closed", async () => {
    stub = stubFor(undefined, seasonFixture({ intakeOpen: false }));
    const el = await mount("en");
    await waitFor(el, ".notice");
    expect(text(el)).to.include("Sign-ups for this season are closed.");
    expect(has(el, "form")).to.equal(false);
  });
});
