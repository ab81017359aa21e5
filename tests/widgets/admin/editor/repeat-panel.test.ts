import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import type { CreateSeriesBody } from "../../../../schema/contracts/series.js";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { has, hasFocus, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg } from "../helpers/fixtures.js";
import { seriesFixture, seriesLink } from "./series-fixtures.js";

const eventPath = adminApi("/orgs/demo/events/evt_1");
const createPath = adminApi("/orgs/demo/events/evt_1/series");

/** The editor of `evt_1` (Tuesday 5 March 2030, 18:00 in Tallinn) and its repeat panel. */
async function mountPanel(lang: string, stub: FetchStub, event = adminEventFixture()) {
  stub.on("GET", eventPath, ok({ event }), ok({ event: { ...event, series: seriesLink } }));
  stub.on("GET", adminApi("/orgs/demo/series/ser_1"), ok({ series: seriesFixture() }));
  stub.install();
  const editor = await fixture<HearthAdminEventEditor>(
    html`<hearth-admin-event-editor
      lang=${lang}
      org="demo"
      member-role="owner"
      event-id="evt_1"
      .organisation=${demoOrg}
    ></hearth-admin-event-editor>`,
  );
  const panel = await waitFor(editor, "hearth-admin-repeat-panel");
  await waitFor(panel, "form");
  return { editor, panel };
}

function click(panel: Element, selector: string): void {
  query<HTMLInputElement>(panel, selector).click();
}

function choose(panel: Element, name: string, value: string): void {
  const control = query<HTMLInputElement | HTMLSelectElement>(panel, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(
    new Event(control instanceof HTMLSelectElement ? "change" : "input", {
      bubbles: true,
    }),
  );
}

async function settled(panel: Element): Promise<void> {
  await (panel as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Monthly on the last Friday, six dates: the second rule of the tests. */
async function lastFridaySix(panel: Element): Promise<void> {
  click(panel, 'input[name="rule.frequency"][value="monthly"]');
  await settled(panel);
  choose(panel, "rule.weekOfMonth", "-1");
  choose(panel, "rule.monthlyWeekday", "FR");
  click(panel, 'input[name="end"][value="count"]');
  await settled(panel);
  choose(panel, "rule.count", "6");
  await settled(panel);
}

function create(panel: Element, stub: FetchStub, ...replies: Reply[]): void {
  stub.on("POST", createPath, ...replies);
  query<HTMLButtonElement>(panel, 'button[type="submit"]').click();
}

const sentBody = (stub: FetchStub) =>
  stub.calls.find((call) => call.method === "POST")?.body as CreateSeriesBody | undefined;

for (const lang of languages) {
  describe(`<hearth-admin-repeat-panel> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("starts weekly on the event's own weekday and asks when the series ends", async () => {
      stub = new FetchStub();
      const { panel } = await mountPanel(lang, stub);
      const tuesday = query<HTMLInputElement>(panel, 'input[name="rule.weekdays"][value="TU"]');
      expect(tuesday.checked).to.equal(true);
      expect(
        query<HTMLInputElement>(panel, 'input[name="rule.weekdays"][value="TH"]').checked,
      ).to.equal(false);
      expect(has(panel, 'input[name="rule.until"]')).to.equal(true);
      // Until the end is chosen the preview guides, it does not scold.
      const outcome = query(panel, "#repeat-preview .outcome");
      expect(outcome.textContent?.trim()).to.not.equal("");
      expect(outcome.classList.contains("error")).to.equal(false);
      await expect(panel).to.be.accessible();
    });

    it("shows a refused number of dates beside its field, in the reader's words", async () => {
      stub = new FetchStub();
      const { panel } = await mountPanel(lang, stub);
      await lastFridaySix(panel);
      create(
        panel,
        stub,
        apiError(422, "validation_failed", {
          "rule.count": { code: "too_many", params: { max: 52 }, message: "Use at most 52 dates." },
        }),
      );
      const error = await waitFor(panel, "#f-rule-count-error");
      const count = query<HTMLInputElement>(panel, '[name="rule.count"]');
      expect(count.getAttribute("aria-invalid")).to.equal("true");
      expect(count.getAttribute("aria-describedby")).to.include("f-rule-count-error");
      if (lang === "en") expect(error.textContent).to.include("Use at most 52 dates.");
      else expect(error.textContent).to.match(/52|٥٢/).and.not.include("Use");
      await waitUntil(() => hasFocus(panel, count));
      await expect(panel).to.be.accessible();
    });

    it("previews a monthly rule in a sentence and lists its dates", async () => {
      stub = new FetchStub();
      const { panel } = await mountPanel(lang, stub);
      await lastFridaySix(panel);
      const preview = query(panel, "#repeat-preview");
      if (lang === "en") {
        expect(preview.textContent).to.include("Every month on the last Friday, 6 times.");
        expect(preview.textContent).to.include("This makes 6 dates, this one included.");
      } else {
        expect(preview.textContent).to.include("الجمعة");
      }
      query<HTMLElement>(panel, "#repeat-preview summary").click();
      await settled(panel);
      expect(shadow(panel).querySelectorAll(".preview-dates li")).to.have.length(6);
      await expect(panel).to.be.accessible();
    });
  });
}

describe("<hearth-admin-repeat-panel> creating the dates", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends a weekly rule on two days until a date, then shows the series", async () => {
    stub = new FetchStub();
    const { editor, panel } = await mountPanel("en", stub);
    click(panel, 'input[name="rule.weekdays"][value="TH"]');
    choose(panel, "rule.until", "2030-06-30");
    await settled(panel);
    expect(text(panel)).to.include("Every week on Tuesday and Thursday, until");
    expect(text(panel)).to.include("This makes 34 dates, this one included.");
    create(panel, stub, ok({ series: seriesFixture() }, 201));
    await waitUntil(() => sentBody(stub));
    expect(sentBody(stub)).to.deep.equal({
      rule: {
        frequency: "weekly",
        interval: 1,
        weekdays: ["TU", "TH"],
        weekOfMonth: null,
        until: "2030-06-30",
        count: null,
        exceptions: [],
      },
      blockSignup: false,
      version: 3,
    });
    await waitUntil(() => text(editor).includes("Done: the series has 12 dates."));
    await waitFor(editor, "hearth-admin-series-dates");
    expect(has(editor, "hearth-admin-repeat-panel")).to.equal(false);
    expect(shadow(editor).activeElement?.id).to.equal("editor-title");
  });

  it("sends a monthly rule on the last Friday, six dates, open to every date at once", async () => {
    stub = new FetchStub();
    const { panel } = await mountPanel("en", stub);
    await lastFridaySix(panel);
    click(panel, 'input[name="blockSignup"]');
    create(panel, stub, ok({ series: seriesFixture() }, 201));
    await waitUntil(() => sentBody(stub));
    expect(sentBody(stub)).to.deep.equal({
      rule: {
        frequency: "monthly",
        interval: 1,
        weekdays: ["FR"],
        weekOfMonth: -1,
        until: null,
        count: 6,
        exceptions: [],
      },
      blockSignup: true,
      version: 3,
    });
  });

  it("adds and removes dates to skip, and skips the ones left", async () => {
    stub = new FetchStub();
    const { panel } = await mountPanel("en", stub);
    click(panel, 'input[name="end"][value="count"]');
    await settled(panel);
    choose(panel, "rule.count", "4");
    query<HTMLButtonElement>(panel, ".add-skip").click();
    await settled(panel);
    expect(hasFocus(panel, query(panel, '[name="rule.exceptions.0"]'))).to.equal(true);
    choose(panel, "rule.exceptions.0", "2030-03-12");
    query<HTMLButtonElement>(panel, ".add-skip").click();
    await settled(panel);
    choose(panel, "rule.exceptions.1", "2030-03-19");
    query<HTMLButtonElement>(panel, ".skip-date:last-of-type button").click();
    await settled(panel);
    expect(hasFocus(panel, query(panel, ".add-skip"))).to.equal(true);
    // Four weekly dates with the second skipped: three are left.
    expect(text(panel)).to.include("This makes 3 dates, this one included.");
    create(panel, stub, ok({ series: seriesFixture() }, 201));
    await waitUntil(() => sentBody(stub));
    expect(sentBody(stub)?.rule).to.include({ count: 4 });
    expect(sentBody(stub)?.rule.exceptions).to.deep.equal(["2030-03-12"]);
  });

  it("asks for the end before sending anything", async () => {
    stub = new FetchStub();
    const { panel } = await mountPanel("en", stub);
    query<HTMLButtonElement>(panel, 'button[type="submit"]').click();
    await waitFor(panel, "#f-rule-until-error");
    expect(query(panel, "#f-rule-until-error").textContent).to.include("Choose the last date.");
    expect(hasFocus(panel, query(panel, '[name="rule.until"]'))).to.equal(true);
    expect(stub.calls.some((call) => call.method === "POST")).to.equal(false);
  });

  it("refuses more than 52 dates before sending them", async () => {
    stub = new FetchStub();
    const { panel } = await mountPanel("en", stub);
    choose(panel, "rule.until", "2032-01-01");
    await settled(panel);
    expect(query(panel, "#repeat-preview .outcome.error").textContent).to.include(
      "That is more than 52 dates.",
    );
    query<HTMLButtonElement>(panel, 'button[type="submit"]').click();
    await waitFor(panel, "#f-rule-until-error");
    expect(query(panel, "#f-rule-until-error").textContent).to.include("Use at most 52 dates.");
    expect(stub.calls.some((call) => call.method === "POST")).to.equal(false);
  });

  it("says so when the event already repeats", async () => {
    stub = new FetchStub();
    const { panel } = await mountPanel("en", stub);
    await lastFridaySix(panel);
    create(panel, stub, apiError(409, "already_in_series"));
    await waitUntil(() => text(panel).includes("This event already repeats."));
    expect(hasFocus(panel, query(panel, ".summary"))).to.equal(true);
  });

  it("is offered for meetups and courses only, to members who may edit", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: adminEventFixture({ kind: "visit" }) }))
      .install();
    const visit = await fixture<HearthAdminEventEditor>(
      html`<hearth-admin-event-editor
        lang="en"
        org="demo"
        member-role="owner"
        event-id="evt_1"
        .organisation=${demoOrg}
      ></hearth-admin-event-editor>`,
    );
    await waitFor(visit, "form");
    expect(has(visit, "hearth-admin-repeat-panel")).to.equal(false);
    stub.restore();

    stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() })).install();
    const coordinator = await fixture<HearthAdminEventEditor>(
      html`<hearth-admin-event-editor
        lang="en"
        org="demo"
        member-role="coordinator"
        event-id="evt_1"
        .organisation=${demoOrg}
      ></hearth-admin-event-editor>`,
    );
    await waitFor(coordinator, "form");
    expect(has(coordinator, "hearth-admin-repeat-panel")).to.equal(false);
  });
});

describe("<hearth-admin-repeat-panel> on a 320 px phone", () => {
  let stub: FetchStub;
  beforeEach(async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.margin = "0";
  });
  afterEach(async () => {
    stub.restore();
    document.body.style.margin = "";
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of languages) {
    it(`fits every choice, skipped dates, an error and the dates on the screen in ${lang}`, async () => {
      stub = new FetchStub();
      const { panel } = await mountPanel(lang, stub);
      query<HTMLButtonElement>(panel, ".add-skip").click();
      query<HTMLButtonElement>(panel, ".add-skip").click();
      await settled(panel);
      choose(panel, "rule.exceptions.0", "2030-04-26");
      await lastFridaySix(panel);
      create(
        panel,
        stub,
        apiError(422, "validation_failed", { "rule.count": { code: "no_dates" } }),
      );
      await waitFor(panel, "#f-rule-count-error");
      query<HTMLElement>(panel, "#repeat-preview summary").click();
      await settled(panel);
      await new Promise(requestAnimationFrame);
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
      await expect(panel).to.be.accessible();
    });
  }
});
