import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { EventInput } from "../../../../schema/contracts/admin/events.js";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg } from "../helpers/fixtures.js";

const eventPath = adminApi("/orgs/demo/events/evt_1");

async function mountEditor(lang: string, stub: FetchStub, eventId = "evt_1", role = "owner") {
  stub.install();
  const el = await fixture<HearthAdminEventEditor>(
    html`<hearth-admin-event-editor
      lang=${lang}
      org="demo"
      member-role=${role}
      event-id=${eventId}
      .organisation=${demoOrg}
    ></hearth-admin-event-editor>`,
  );
  await waitFor(el, "form");
  return el;
}

function type(el: Element, name: string, value: string): void {
  const input = query<HTMLInputElement>(el, `[name="${name}"]`);
  input.value = value;
  input.dispatchEvent(new Event("input", { bubbles: true }));
}

async function save(el: HearthAdminEventEditor, stub: FetchStub, method: string, replies: Reply[]) {
  stub.on(method, method === "POST" ? adminApi("/orgs/demo/events") : eventPath, ...replies);
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
}

for (const lang of languages) {
  describe(`<hearth-admin-event-editor> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says it is loading while the event is on its way", async () => {
      stub = new FetchStub().on("GET", eventPath, "hang").install();
      const el = await fixture<HearthAdminEventEditor>(
        html`<hearth-admin-event-editor
          lang=${lang}
          org="demo"
          event-id="evt_1"
          .organisation=${demoOrg}
        ></hearth-admin-event-editor>`,
      );
      await waitFor(el, '[role="status"]');
      await expect(el).to.be.accessible();
    });

    it("puts every language side by side, each field in its own language and direction", async () => {
      stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
      const el = await mountEditor(lang, stub);
      const arabic = query<HTMLInputElement>(el, '[name="title.ar"]');
      expect(arabic.getAttribute("lang")).to.equal("ar");
      expect(arabic.getAttribute("dir")).to.equal("rtl");
      expect(query(el, '[name="title.et"]').getAttribute("dir")).to.equal("ltr");
      expect(query<HTMLInputElement>(el, '[name="title.en"]').value).to.equal("Language café");
      expect(shadow(el).querySelectorAll(".badge.missing").length).to.be.greaterThan(0);
      expect(shadow(el).querySelector(".missing-note")).to.not.equal(null);
      // 16:00 UTC is 18:00 in Tallinn in March.
      expect(query<HTMLInputElement>(el, '[name="startsAt"]').value).to.equal("2030-03-05T18:00");
      expect(text(el)).to.match(lang === "en" ? /12 places taken/ : /12|١٢/);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("shows the server's validation errors beside their fields", async () => {
      stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
      const el = await mountEditor(lang, stub);
      await save(el, stub, "PUT", [
        apiError(422, "validation_failed", {
          endsAt: { code: "ends_before_start", message: "The end must be after the start." },
          "slots.0.capacity": { code: "too_small", params: { min: 0 }, message: "Use 0 or more." },
        }),
      ]);
      await waitFor(el, "#f-endsAt-error");
      expect(query(el, '[name="endsAt"]').getAttribute("aria-invalid")).to.equal("true");
      expect(query(el, '[name="endsAt"]').getAttribute("aria-describedby")).to.include(
        "f-endsAt-error",
      );
      // English readers get the server's own words; others the code worded in their language.
      const capacityError = query(el, "#f-slots-0-capacity-error").textContent!;
      if (lang === "en") expect(capacityError).to.include("Use 0 or more.");
      else expect(capacityError).to.match(/[0٠]/).and.not.include("Use");
      if (lang !== "en") expect(text(el)).to.not.include("The end must be after the start.");
      expect(shadow(el).activeElement?.getAttribute("name")).to.equal("endsAt");
      await expect(el).to.be.accessible();
    });

    it("keeps the edits on a version conflict and reloads only when asked", async () => {
      stub = new FetchStub().on(
        "GET",
        eventPath,
        ok({ event: adminEventFixture() }),
        ok({ event: adminEventFixture({ version: 5, title: { en: "Their title" } }) }),
      );
      const el = await mountEditor(lang, stub);
      type(el, "title.en", "My new title");
      await save(el, stub, "PUT", [apiError(409, "version_conflict")]);
      await waitFor(el, ".conflict");
      expect(query<HTMLInputElement>(el, '[name="title.en"]').value).to.equal("My new title");
      expect(shadow(el).activeElement?.classList.contains("conflict")).to.equal(true);
      await expect(el).to.be.accessible();
      query<HTMLButtonElement>(el, ".conflict button").click();
      await waitUntil(
        () => query<HTMLInputElement>(el, '[name="title.en"]').value === "Their title",
      );
      expect(shadow(el).querySelector(".conflict")).to.equal(null);
    });

    it("explains a capacity below the places already taken", async () => {
      stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
      const el = await mountEditor(lang, stub);
      type(el, "slots.0.capacity", "5");
      await save(el, stub, "PUT", [
        apiError(409, "capacity_below_taken", { "slots.0.capacity": "x" }),
      ]);
      const error = await waitFor(el, "#f-slots-0-capacity-error");
      expect(error.textContent).to.match(lang === "en" ? /12 people already have places/ : /12|١٢/);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-event-editor> saving", () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    location.hash = "";
  });

  it("creates a new event in the org's time zone, sending UTC times and the slots", async () => {
    stub = new FetchStub();
    const el = await mountEditor("en", stub, "");
    expect(query<HTMLInputElement>(el, '[name="timeZone"]').value).to.equal("Europe/Tallinn");
    type(el, "title.et", "Keelekohvik");
    type(el, "startsAt", "2030-07-01T18:00");
    type(el, "endsAt", "2030-07-01T20:00");
    type(el, "slots.0.capacity", "15");
    type(el, "feedbackUrl", "https://forms.example.org/cafe");
    type(el, "whatToBring.ar", "دفتر");
    type(el, "dayContact", "Mari, +372 5555 0101");
    await save(el, stub, "POST", [ok({ event: adminEventFixture({ id: "evt_9" }) }, 201)]);
    await waitUntil(() => stub.calls.some((call) => call.method === "POST"));
    const body = stub.calls.find((call) => call.method === "POST")!.body as EventInput;
    expect(body.title).to.deep.equal({ et: "Keelekohvik" });
    expect(body.startsAt).to.equal("2030-07-01T15:00:00.000Z");
    expect(body.slots[0]).to.include({ capacity: 15, startsAt: "2030-07-01T15:00:00.000Z" });
    expect(body).to.not.have.property("version");
    expect(body.feedbackUrl).to.equal("https://forms.example.org/cafe");
    expect(body.whatToBring).to.deep.equal({ ar: "دفتر" });
    expect(body.dayContact).to.equal("Mari, +372 5555 0101");
    await waitUntil(() => location.hash === "#/events/evt_9?org=demo");
  });

  it("sends the loaded version with a change", async () => {
    stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
    const el = await mountEditor("en", stub);
    await save(el, stub, "PUT", [ok({ event: adminEventFixture({ version: 4 }) })]);
    await waitUntil(() => text(el).includes("Saved."));
    expect((stub.calls.find((call) => call.method === "PUT")!.body as EventInput).version).to.equal(
      3,
    );
  });

  it("adds and removes times with places", async () => {
    stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
    const el = await mountEditor("en", stub);
    query<HTMLButtonElement>(el, ".add-slot").click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll(".slot")).to.have.length(2);
    const removes = shadow(el).querySelectorAll<HTMLButtonElement>(".remove-slot");
    // The first time has people in it; it can't be removed.
    expect(removes[0]!.disabled).to.equal(true);
    removes[1]!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll(".slot")).to.have.length(1);
  });

  it("asks for a message before cancelling, then cancels with the version", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: adminEventFixture() }))
      .on(
        "POST",
        adminApi("/orgs/demo/events/evt_1/cancel"),
        ok({ event: adminEventFixture({ status: "cancelled" }) }),
      );
    const el = await mountEditor("en", stub);
    query<HTMLButtonElement>(el, "button.danger").click();
    const dialogHost = shadow(el).querySelector("hearth-admin-cancel-event-dialog")!;
    await waitUntil(() => shadow(dialogHost).querySelector("dialog[open]"));
    await expect(el).to.be.accessible();
    const form = query<HTMLFormElement>(dialogHost, "form");
    form.requestSubmit();
    await waitFor(dialogHost, "#f-message-all");
    // A box per language of the organisation, default first, each in its own direction.
    const boxes = [...shadow(dialogHost).querySelectorAll("textarea")];
    expect(boxes.map((box) => [box.lang, box.dir])).to.deep.equal([
      ["et", "ltr"],
      ["en", "ltr"],
      ["ar", "rtl"],
    ]);
    query<HTMLTextAreaElement>(dialogHost, "#f-message-en").value = "Sorry, the library is closed.";
    query<HTMLTextAreaElement>(dialogHost, "#f-message-ar").value = "عذرًا، المكتبة مغلقة.";
    form.requestSubmit();
    await waitUntil(() => text(el).includes("The event is cancelled."));
    const call = stub.calls.find((c) => c.url.pathname.endsWith("/cancel"))!;
    expect(call.body).to.deep.equal({
      message: { en: "Sorry, the library is closed.", ar: "عذرًا، المكتبة مغلقة." },
      version: 3,
    });
  });

  it("lets a coordinator read the event without changing it", async () => {
    stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() }));
    const el = await mountEditor("en", stub, "evt_1", "coordinator");
    expect(query<HTMLInputElement>(el, '[name="title.en"]').disabled).to.equal(true);
    expect(shadow(el).querySelector('button[type="submit"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
