import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminShiftBoard } from "../../../../widgets/admin/volunteers/shift-board.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { boardFixture, volunteerEventFixture } from "../helpers/volunteer-fixtures.js";

const boardPath = adminApi("/orgs/demo/events/evt_f/shifts");
const messagePath = adminApi("/orgs/demo/events/evt_f/shifts/slot_k1/message");

async function mountBoard(lang: string, stub: FetchStub, role = "organiser") {
  stub
    .on("GET", boardPath, ok(boardFixture()))
    .on("GET", adminApi("/orgs/demo/events/evt_f"), ok({ event: volunteerEventFixture() }))
    .install();
  const el = await fixture<HearthAdminShiftBoard>(
    html`<hearth-admin-shift-board
      lang=${lang}
      org="demo"
      event-id="evt_f"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-shift-board>`,
  );
  await waitFor(el, "table.board");
  return el;
}

async function openShift(el: HearthAdminShiftBoard) {
  query<HTMLButtonElement>(el, '[data-shift="slot_k1"]').click();
  await waitUntil(() => shadow(el).querySelector("hearth-admin-shift-details"));
  const panel = shadow(el).querySelector("hearth-admin-shift-details")!;
  await panel.updateComplete;
  return panel;
}

async function messageForm(el: HearthAdminShiftBoard) {
  const panel = await openShift(el);
  const form = shadow(panel).querySelector("hearth-admin-shift-message");
  if (!form) throw new Error("no shift message form");
  await form.updateComplete;
  return form;
}

/** Types `words` (language → text) into the side-by-side fields and sends. */
async function send(form: Element, words: Record<string, string>) {
  for (const [locale, message] of Object.entries(words)) {
    const textarea = query<HTMLTextAreaElement>(form, `#f-message-${locale}`);
    textarea.value = message;
    textarea.dispatchEvent(new Event("input"));
  }
  query<HTMLButtonElement>(form, 'button[type="submit"]').click();
}

for (const lang of languages) {
  describe(`<hearth-admin-shift-message> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("offers a labelled text box per language of the organisation, each in its own direction", async () => {
      stub = new FetchStub();
      const el = await mountBoard(lang, stub);
      const form = await messageForm(el);
      expect(query(form, "legend").textContent!.trim()).to.equal(
        lang === "en"
          ? "Message to the volunteers on this shift"
          : "رسالة إلى المتطوعين في هذه المناوبة",
      );
      const boxes = [...shadow(form).querySelectorAll("textarea")];
      // The organisation's default language first.
      expect(boxes.map((box) => box.lang)).to.deep.equal(["et", "en", "ar"]);
      expect(boxes.map((box) => box.dir)).to.deep.equal(["ltr", "ltr", "rtl"]);
      expect(query(form, 'label[for="f-message-ar"]').textContent).to.include("(ar)");
      expect(query(form, ".base").getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(form).to.be.accessible();
    });
  });
}

describe("<hearth-admin-shift-message>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends the words per language and announces how many volunteers get them", async () => {
    stub = new FetchStub().on("POST", messagePath, ok({ queued: 3 }));
    const el = await mountBoard("en", stub);
    const form = await messageForm(el);
    await send(form, { en: "  Bring gloves tomorrow.  ", ar: "أحضروا القفازات غدًا." });
    await waitUntil(() => query(form, '[role="status"]').textContent!.includes("Sent to"));
    const call = stub.calls.find((c) => c.method === "POST")!;
    expect(call.body).to.deep.equal({
      message: { en: "Bring gloves tomorrow.", ar: "أحضروا القفازات غدًا." },
    });
    expect(query(form, '[role="status"]').textContent!.trim()).to.equal(
      "Sent to 3 volunteers. Those without an email are in the contact list.",
    );
    expect(query<HTMLTextAreaElement>(form, "#f-message-en").value).to.equal("");
    await expect(form).to.be.accessible();
  });

  it("asks for words in at least one language before sending", async () => {
    stub = new FetchStub();
    const el = await mountBoard("en", stub);
    const form = await messageForm(el);
    await send(form, { en: "   " });
    await waitUntil(() => text(form).includes("Write the message in at least one language."));
    expect(stub.calls.filter((c) => c.method === "POST")).to.have.length(0);
    expect(query(form, "fieldset").getAttribute("aria-describedby")).to.include("f-message-all");
    expect(shadow(form).activeElement).to.equal(query(form, "textarea"));
  });

  it("uses singular and nobody forms", async () => {
    stub = new FetchStub().on("POST", messagePath, ok({ queued: 1 }), ok({ queued: 0 }));
    const el = await mountBoard("en", stub);
    const form = await messageForm(el);
    await send(form, { en: "Hello" });
    await waitUntil(() => text(form).includes("Sent to 1 volunteer. Those"));
    await send(form, { en: "Hello again" });
    await waitUntil(() =>
      text(form).includes("Nobody on this shift gave an email. Use the contact list."),
    );
  });

  it("announces the count in Arabic plural forms", async () => {
    stub = new FetchStub().on("POST", messagePath, ok({ queued: 2 }));
    const el = await mountBoard("ar", stub);
    const form = await messageForm(el);
    await send(form, { ar: "مرحبا" });
    await waitUntil(() => text(form).includes("أُرسلت إلى متطوعَين."));
    await expect(form).to.be.accessible();
  });

  it("shows a 422 beside the language it is about, keeping every word typed", async () => {
    stub = new FetchStub().on(
      "POST",
      messagePath,
      apiError(422, "validation_failed", { "message.en": "Use 1000 characters or fewer." }),
    );
    const el = await mountBoard("en", stub);
    const form = await messageForm(el);
    await send(form, { et: "Tere", en: "Too long, says the server" });
    await waitUntil(() => text(form).includes("Use 1000 characters or fewer."));
    const textarea = query<HTMLTextAreaElement>(form, "#f-message-en");
    expect(textarea.getAttribute("aria-invalid")).to.equal("true");
    expect(textarea.getAttribute("aria-describedby")).to.equal("f-message-en-error");
    expect(shadow(form).activeElement).to.equal(textarea);
    expect(textarea.value).to.equal("Too long, says the server");
    expect(query<HTMLTextAreaElement>(form, "#f-message-et").value).to.equal("Tere");
    await expect(form).to.be.accessible();
  });

  it("is not offered to coordinators, who cannot write the roster", async () => {
    stub = new FetchStub();
    const el = await mountBoard("en", stub, "coordinator");
    const panel = await openShift(el);
    expect(shadow(panel).querySelector("hearth-admin-shift-message")).to.equal(null);
    expect(shadow(panel).querySelector(".copy-shift")).to.not.equal(null);
  });
});
