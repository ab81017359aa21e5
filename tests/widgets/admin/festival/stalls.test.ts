import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminStalls } from "../../../../widgets/admin/festival/stalls.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { applicationFixture, festivalFixture, stallFixture } from "../helpers/festival-fixtures.js";

const stallsPath = adminApi("/orgs/demo/events/evt_f/stalls");
const assignPath = adminApi("/orgs/demo/events/evt_f/applications/app_1/stall");

const stalls = {
  stalls: [
    stallFixture(),
    stallFixture({ id: "stl_2", name: "B1", power: false }),
    stallFixture({ id: "stl_3", name: "C1", applicationId: "app_9" }),
  ],
  unassigned: ["app_1"],
};
const approved = applicationFixture({ status: "approved" });

async function mountStalls(lang: string, stub: FetchStub, reply: Reply = ok(stalls)) {
  stub
    .on("GET", adminApi("/orgs/demo/events/evt_f"), ok({ event: festivalFixture() }))
    .on("GET", stallsPath, reply)
    .on("GET", adminApi("/orgs/demo/events/evt_f/applications"), ok({ applications: [approved] }))
    .install();
  return fixture<HearthAdminStalls>(
    html`<hearth-admin-stalls
      lang=${lang}
      org="demo"
      event-id="evt_f"
      member-role="organiser"
      .organisation=${demoOrg}
    ></hearth-admin-stalls>`,
  );
}

const live = (el: HearthAdminStalls) => query(el, '[role="status"].live').textContent ?? "";

for (const lang of languages) {
  describe(`<hearth-admin-stalls> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows the stalls, the assignments and who is still without a stall", async () => {
      stub = new FetchStub();
      const el = await mountStalls(lang, stub);
      await waitFor(el, "table.assignments");
      expect(query(el, "ul.unassigned").textContent).to.include("Olena");
      const editor = shadow(el).querySelector("hearth-admin-stall-editor")!;
      await waitUntil(() => editor.shadowRoot?.querySelectorAll("fieldset.stall").length === 3);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
      await expect(editor).to.be.accessible();
    });

    it("offers a way to try again when the stalls do not load", async () => {
      stub = new FetchStub();
      const el = await mountStalls(lang, stub, apiError(500, "internal"));
      await waitFor(el, '[role="alert"] button');
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-stalls> assigning and saving", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("offers only stalls with what the cook needs that nobody else has", async () => {
    stub = new FetchStub();
    const el = await mountStalls("en", stub);
    const select = (await waitFor(el, "#stall-of-app_1")) as HTMLSelectElement;
    const options = [...select.options].map((option) => option.value);
    expect(options).to.deep.equal(["", "stl_1"]);
  });

  it("assigns a stall and announces it", async () => {
    stub = new FetchStub().on(
      "PUT",
      assignPath,
      ok({ application: { ...approved, stallId: "stl_1" } }),
    );
    const el = await mountStalls("en", stub);
    const select = (await waitFor(el, "#stall-of-app_1")) as HTMLSelectElement;
    select.value = "stl_1";
    select.dispatchEvent(new Event("change"));
    await waitUntil(() => live(el).includes("Olena has stall A1 now."));
    expect(stub.calls.find((call) => call.method === "PUT")!.body).to.deep.equal({
      stallId: "stl_1",
    });
  });

  it("shows the server's refusal when the stall cannot be given", async () => {
    stub = new FetchStub().on("PUT", assignPath, {
      status: 409,
      body: { error: { code: "invalid_state", message: "Stall A1 has no water." } },
    });
    const el = await mountStalls("en", stub);
    const select = (await waitFor(el, "#stall-of-app_1")) as HTMLSelectElement;
    select.value = "stl_1";
    select.dispatchEvent(new Event("change"));
    await waitUntil(() => live(el).includes("Stall A1 has no water."));
    expect(live(el)).to.include("Not assigned to Olena");
    expect(select.value).to.equal("");
    await expect(el).to.be.accessible();
  });

  it("saves the stalls and shows the refusal to remove one with a cook", async () => {
    stub = new FetchStub().on("PUT", stallsPath, ok(stalls), {
      status: 409,
      body: { error: { code: "invalid_state", message: "Stall C1 has a cook." } },
    });
    const el = await mountStalls("en", stub);
    await waitFor(el, "table.assignments");
    const editor = shadow(el).querySelector("hearth-admin-stall-editor")!;
    await waitUntil(() => editor.shadowRoot?.querySelector(".add-stall"));
    editor.shadowRoot!.querySelector<HTMLButtonElement>(".add-stall")!.click();
    await editor.updateComplete;
    const name = editor.shadowRoot!.querySelector<HTMLInputElement>("#stall-3-name")!;
    name.value = "D1";
    name.dispatchEvent(new Event("input"));
    editor.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => live(el).includes("Stalls saved."));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as {
      stalls: { name: string }[];
    };
    expect(body.stalls.map((stall) => stall.name)).to.deep.equal(["A1", "B1", "C1", "D1"]);
    editor.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => text(editor).includes("Stall C1 has a cook."));
    await expect(editor).to.be.accessible();
  });
});
