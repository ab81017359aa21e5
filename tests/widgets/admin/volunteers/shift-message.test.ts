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

async function send(form: Element, message: string) {
  const textarea = query<HTMLTextAreaElement>(form, "#shift-message");
  textarea.value = message;
  textarea.dispatchEvent(new Event("input"));
  query<HTMLButtonElement>(form, 'button[type="submit"]').click();
}

for (const lang of languages) {
  describe(`<hearth-admin-shift-message> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("is labelled, required, limited to 1000 characters and accessible", async () => {
      stub = new FetchStub();
      const el = await mountBoard(lang, stub);
      const form = await messageForm(el);
      const textarea = query<HTMLTextAreaElement>(form, "#shift-message");
      expect(textarea.required).to.equal(true);
      expect(textarea.maxLength).to.equal(1000);
      expect(query(form, 'label[for="shift-message"]').textContent!.trim()).to.equal(
        lang === "en"
          ? "Message to the volunteers on this shift"
          : "رسالة إلى المتطوعين في هذه المناوبة",
      );
      expect(query(form, ".base").getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(form).to.be.accessible();
    });
  });
}

describe("<hearth-admin-shift-message>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends the message and announces how many volunteers get it", async () => {
    stub = new FetchStub().on("POST", messagePath, ok({ queued: 3 }));
    const el = await mountBoard("en", stub);
    const form = await messageForm(el);
    await send(form, "  Bring gloves tomorrow.  ");
    await waitUntil(() => query(form, '[role="status"]').textContent!.includes("Sent to"));
    const call = stub.calls.find((c) => c.method === "POST")!;
    expect(call.body).to.deep.equal({ message: "Bring gloves tomorrow." });
    expect(query(form, '[role="status"]').textContent!.trim()).to.equal(
      "Sent to 3 volunteers. Those without an email are in the contact list.",
    );
    expect(query<HTMLTextAreaElement>(form, "#shift-message").value).to.equal("");
    await expect(form).to.be.accessible();
  });

  it("uses singular and nobody forms", async () => {
    stub = new FetchStub().on("POST", messagePath, ok({ queued: 1 }), ok({ queued: 0 }));
    const el = await mountBoard("en", stub);
    const form = await messageForm(el);
    await send(form, "Hello");
    await waitUntil(() => text(form).includes("Sent to 1 volunteer. Those"));
    await send(form, "Hello again");
    await waitUntil(() =>
      text(form).includes("Nobody on this shift gave an email. Use the contact list."),
    );
  });

  it("announces the count in Arabic plural forms", async () => {
    stub = new FetchStub().on("POST", messagePath, ok({ queued: 2 }));
    const el = await mountBoard("ar", stub);
    const form = await messageForm(el);
    await send(form, "مرحبا");
    await waitUntil(() => text(form).includes("أُرسلت إلى متطوعَين."));
    await expect(form).to.be.accessible();
  });

  it("shows a 422 beside the textarea", async () => {
    stub = new FetchStub().on(
      "POST",
      messagePath,
      apiError(422, "validation_failed", { message: "Use 1000 characters or fewer." }),
    );
    const el = await mountBoard("en", stub);
    const form = await messageForm(el);
    await send(form, "Too long, says the server");
    await waitUntil(() => text(form).includes("Use 1000 characters or fewer."));
    const textarea = query<HTMLTextAreaElement>(form, "#shift-message");
    expect(textarea.getAttribute("aria-invalid")).to.equal("true");
    expect(textarea.getAttribute("aria-describedby")).to.equal("shift-message-error");
    expect(query(form, "#shift-message-error").textContent).to.equal(
      "Use 1000 characters or fewer.",
    );
    expect(textarea.value).to.equal("Too long, says the server");
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
