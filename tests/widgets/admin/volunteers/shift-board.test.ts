import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminShiftBoard } from "../../../../widgets/admin/volunteers/shift-board.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { boardFixture, volunteerEventFixture } from "../helpers/volunteer-fixtures.js";

const boardPath = adminApi("/orgs/demo/events/evt_f/shifts");

async function mountBoard(lang: string, stub: FetchStub, role = "organiser") {
  stub
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

function details(el: HearthAdminShiftBoard) {
  const found = shadow(el).querySelector("hearth-admin-shift-details");
  if (!found) throw new Error("no shift details");
  return found;
}

async function open(el: HearthAdminShiftBoard, shiftId: string) {
  query<HTMLButtonElement>(el, `[data-shift="${shiftId}"]`).click();
  await waitUntil(() => shadow(el).querySelector("hearth-admin-shift-details"));
  const panel = details(el);
  await panel.updateComplete;
  return panel;
}

for (const lang of languages) {
  describe(`<hearth-admin-shift-board> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows rows by role, columns by time, and each shift's state in words", async () => {
      stub = new FetchStub().on("GET", boardPath, ok(boardFixture()));
      const el = await mountBoard(lang, stub);
      expect(shadow(el).querySelectorAll("tbody tr")).to.have.length(2);
      expect(shadow(el).querySelectorAll('thead th[scope="col"]')).to.have.length(3);
      const under = query(el, '[data-shift="slot_k1"]');
      const full = query(el, '[data-shift="slot_k2"]');
      const fine = query(el, '[data-shift="slot_d1"]');
      if (lang === "en") {
        expect(under.textContent)
          .to.include("1 of 4")
          .and.include("Under-staffed")
          .and.include("at least 2");
        expect(full.textContent).to.include("2 of 2").and.include("Full");
        expect(fine.textContent).to.include("2 of 3").and.include("OK");
      } else {
        expect(under.textContent).to.include("نقص في العدد");
        expect(full.textContent).to.include("مكتملة");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("opens a shift with its volunteers' contacts, languages and check-in", async () => {
      stub = new FetchStub().on("GET", boardPath, ok(boardFixture()));
      const el = await mountBoard(lang, stub);
      const panel = await open(el, "slot_k1");
      expect(query(el, '[data-shift="slot_k1"]').getAttribute("aria-pressed")).to.equal("true");
      expect(shadow(panel).activeElement).to.equal(query(panel, "#shift-title"));
      expect(query<HTMLAnchorElement>(panel, 'a[href^="mailto:"]').href).to.equal(
        "mailto:aino@example.org",
      );
      expect(shadow(panel).querySelector(".check-in")).to.not.equal(null);
      expect(shadow(panel).querySelector(".verify-food_hygiene")).to.not.equal(null);
      await expect(panel).to.be.accessible();
    });
  });
}

describe("<hearth-admin-shift-board> shift details", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows why a move was refused beside the shift picker", async () => {
    stub = new FetchStub()
      .on("GET", boardPath, ok(boardFixture()))
      .on(
        "POST",
        adminApi("/orgs/demo/events/evt_f/shifts/slot_k2/volunteers"),
        apiError(409, "slot_full"),
      );
    const el = await mountBoard("en", stub);
    const panel = await open(el, "slot_k1");
    const select = query<HTMLSelectElement>(panel, "#move-reg_1");
    select.value = "slot_k2";
    query<HTMLButtonElement>(panel, "form.move button").click();
    await waitUntil(() => text(panel).includes("That shift is full."));
    const call = stub.calls.find((c) => c.method === "POST")!;
    expect(call.body).to.deep.equal({ volunteerId: "vol_1", fromRegistrationId: "reg_1" });
    expect(select.getAttribute("aria-invalid")).to.equal("true");
    expect(text(el)).to.include("Aino was not moved: That shift is full.");
    await expect(panel).to.be.accessible();
  });

  it("shows a conflict the server names for the volunteer", async () => {
    stub = new FetchStub().on("GET", boardPath, ok(boardFixture())).on(
      "POST",
      adminApi("/orgs/demo/events/evt_f/shifts/slot_d1/volunteers"),
      apiError(422, "validation_failed", {
        volunteerId: "Overlaps their shift Morning kitchen.",
      }),
    );
    const el = await mountBoard("en", stub);
    const panel = await open(el, "slot_k1");
    query<HTMLSelectElement>(panel, "#move-reg_1").value = "slot_d1";
    query<HTMLButtonElement>(panel, "form.move button").click();
    await waitUntil(() => text(panel).includes("Overlaps their shift Morning kitchen."));
  });

  it("moves a volunteer and takes the board the server sends back", async () => {
    const moved = boardFixture();
    moved.shifts[0] = { ...moved.shifts[0]!, taken: 0, volunteers: [] };
    stub = new FetchStub()
      .on("GET", boardPath, ok(boardFixture()))
      .on("POST", adminApi("/orgs/demo/events/evt_f/shifts/slot_d1/volunteers"), ok(moved));
    const el = await mountBoard("en", stub);
    const panel = await open(el, "slot_k1");
    query<HTMLSelectElement>(panel, "#move-reg_1").value = "slot_d1";
    query<HTMLButtonElement>(panel, "form.move button").click();
    await waitUntil(() => text(el).includes("Aino moved to"));
    await waitUntil(() => query(el, '[data-shift="slot_k1"]').textContent!.includes("0 of 4"));
  });

  it("checks a volunteer in through the roster route and reloads the board", async () => {
    stub = new FetchStub()
      .on("GET", boardPath, ok(boardFixture()))
      .on(
        "POST",
        adminApi("/orgs/demo/events/evt_f/registrations/reg_1/check-in"),
        ok({ entry: {} }),
      );
    const el = await mountBoard("en", stub);
    const panel = await open(el, "slot_k1");
    query<HTMLButtonElement>(panel, ".check-in").click();
    await waitUntil(() => text(el).includes("Checked in: Aino"));
    await waitUntil(
      () => stub.calls.filter((c) => c.url.pathname.endsWith("/shifts")).length === 2,
    );
  });

  it("lists a shift's contacts to copy, and the whole role's", async () => {
    stub = new FetchStub().on("GET", boardPath, ok(boardFixture()));
    const el = await mountBoard("en", stub);
    const panel = await open(el, "slot_k1");
    query<HTMLButtonElement>(panel, ".copy-role").click();
    await waitFor(panel, "#contacts");
    const list = query<HTMLTextAreaElement>(panel, "#contacts").value;
    expect(list.split("\n")).to.deep.equal([
      "Aino, aino@example.org, +372 5555 1234",
      "Omar, +372 5555 1234",
      "Lea, lea@example.org",
    ]);
  });

  it("verifies a volunteer's training", async () => {
    stub = new FetchStub()
      .on("GET", boardPath, ok(boardFixture()))
      .on("PUT", adminApi("/orgs/demo/volunteers/vol_1/verified"), ok({}));
    const el = await mountBoard("en", stub);
    const panel = await open(el, "slot_k1");
    query<HTMLInputElement>(panel, ".verify-food_hygiene").click();
    await waitUntil(() => stub.calls.some((c) => c.method === "PUT"));
    expect(stub.calls.find((c) => c.method === "PUT")!.body).to.deep.equal({
      requirement: "food_hygiene",
      verified: true,
    });
    await waitUntil(() => text(el).includes("Training verified: Aino"));
  });

  it("lets a coordinator check in but not move or verify", async () => {
    stub = new FetchStub().on("GET", boardPath, ok(boardFixture()));
    const el = await mountBoard("en", stub, "coordinator");
    const panel = await open(el, "slot_k1");
    expect(shadow(panel).querySelector(".check-in")).to.not.equal(null);
    expect(shadow(panel).querySelector("form.move")).to.equal(null);
    expect(shadow(panel).querySelector(".verify-food_hygiene")).to.equal(null);
  });
});
