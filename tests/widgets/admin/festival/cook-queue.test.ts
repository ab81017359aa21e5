import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { Role } from "../../../../schema/contracts/admin/session.js";
import type { HearthAdminCookQueue } from "../../../../widgets/admin/festival/cook-queue.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { applicationFixture, festivalFixture } from "../helpers/festival-fixtures.js";

const eventPath = adminApi("/orgs/demo/events/evt_f");
const listPath = adminApi("/orgs/demo/events/evt_f/applications");

async function mountQueue(lang: string, stub: FetchStub, list: Reply, role: Role = "organiser") {
  stub
    .on("GET", eventPath, ok({ event: festivalFixture() }))
    .on("GET", listPath, list)
    .install();
  return fixture<HearthAdminCookQueue>(
    html`<hearth-admin-cook-queue
      lang=${lang}
      org="demo"
      event-id="evt_f"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-cook-queue>`,
  );
}

const card = (el: HearthAdminCookQueue) => {
  const found = shadow(el).querySelector("hearth-admin-cook-card");
  if (!found) throw new Error("no card");
  return found;
};

const live = (el: HearthAdminCookQueue) => query(el, '[role="status"].live').textContent ?? "";

for (const lang of languages) {
  describe(`<hearth-admin-cook-queue> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows each application with its dishes in the cook's words, allergens in words and the hygiene flag", async () => {
      stub = new FetchStub();
      const el = await mountQueue(lang, stub, ok({ applications: [applicationFixture()] }));
      await waitFor(el, "hearth-admin-cook-card");
      const c = card(el);
      await waitUntil(() => c.shadowRoot?.querySelector("article"));
      const dishName = c.shadowRoot!.querySelector(".dish strong")!;
      expect(dishName.textContent).to.equal("Вареники");
      expect(dishName.getAttribute("lang")).to.equal("uk");
      if (lang === "en") {
        expect(text(c)).to.include("Gluten, Milk");
        expect(text(c)).to.include("Vegetarian");
        expect(text(c)).to.include("Training missing");
        expect(text(c)).to.include("Power, Table");
      } else {
        expect(text(c)).to.include("التدريب غير موجود");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
      await expect(c).to.be.accessible();
    });

    it("says so when no application matches", async () => {
      stub = new FetchStub();
      const el = await mountQueue(lang, stub, ok({ applications: [] }));
      await waitFor(el, ".empty");
      await expect(el).to.be.accessible();
    });

    it("offers a way to try again when the list does not load", async () => {
      stub = new FetchStub();
      const el = await mountQueue(lang, stub, apiError(500, "internal"));
      await waitFor(el, '[role="alert"] button');
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-cook-queue> states and actions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows loading while the applications are on their way", async () => {
    stub = new FetchStub();
    const el = await mountQueue("en", stub, "hang");
    await waitUntil(() => text(el).includes("Loading…"));
  });

  it("filters by status on the server and by needs on the page", async () => {
    stub = new FetchStub();
    const water = applicationFixture({
      id: "app_2",
      displayName: "Samir",
      stallNeeds: { power: false, water: true, table: false, equipment: false, helper: false },
    });
    const el = await mountQueue("en", stub, ok({ applications: [applicationFixture(), water] }));
    await waitFor(el, "hearth-admin-cook-card");
    const status = query<HTMLSelectElement>(el, "#cooks-status");
    status.value = "approved";
    status.dispatchEvent(new Event("change"));
    await waitUntil(() => stub.calls.some((call) => call.url.search === "?status=approved"));
    await waitFor(el, "hearth-admin-cook-card");
    const waterBox = query<HTMLInputElement>(el, 'input[value="water"]');
    waterBox.click();
    await el.updateComplete;
    const cards = shadow(el).querySelectorAll("hearth-admin-cook-card");
    expect(cards).to.have.length(1);
    expect(cards[0]!.application?.displayName).to.equal("Samir");
  });

  it("sends the decision with the edited message and announces it", async () => {
    stub = new FetchStub().on(
      "POST",
      adminApi("/orgs/demo/events/evt_f/applications/app_1/decision"),
      ok({ application: applicationFixture({ status: "approved" }) }),
    );
    const el = await mountQueue("en", stub, ok({ applications: [applicationFixture()] }));
    await waitFor(el, "hearth-admin-cook-card");
    const c = card(el);
    await waitUntil(() => c.shadowRoot?.querySelector("[data-decision=approved]"));
    c.shadowRoot!.querySelector<HTMLButtonElement>("[data-decision=approved]")!.click();
    const dialog = shadow(el).querySelector("hearth-admin-decision-dialog")!;
    await waitUntil(() => dialog.shadowRoot?.querySelector("dialog")?.open);
    // The cook's language (Ukrainian) first, then the organiser's, then the organisation's default.
    const boxes = [...dialog.shadowRoot!.querySelectorAll("textarea")];
    expect(boxes.map((box) => box.lang)).to.deep.equal(["uk", "en", "et"]);
    const [ukrainian, english] = boxes as [HTMLTextAreaElement, HTMLTextAreaElement];
    expect(ukrainian.value).to.equal("");
    expect(english.value).to.include("Dear Olena");
    await expect(dialog).to.be.accessible();
    english.value = "See you on the day!";
    ukrainian.value = "До зустрічі на святі!";
    dialog.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => live(el).includes("Olena is approved"));
    const call = stub.calls.find((c) => c.url.pathname.endsWith("/decision"))!;
    expect(call.body).to.deep.equal({
      status: "approved",
      message: { uk: "До зустрічі на святі!", en: "See you on the day!" },
    });
    expect(dialog.shadowRoot!.querySelector("dialog")!.open).to.equal(false);
  });

  it("keeps the dialog open with the reason when a decision is refused", async () => {
    stub = new FetchStub().on(
      "POST",
      adminApi("/orgs/demo/events/evt_f/applications/app_1/decision"),
      apiError(403, "forbidden"),
    );
    const el = await mountQueue("en", stub, ok({ applications: [applicationFixture()] }));
    await waitFor(el, "hearth-admin-cook-card");
    const c = card(el);
    await waitUntil(() => c.shadowRoot?.querySelector("[data-decision=declined]"));
    c.shadowRoot!.querySelector<HTMLButtonElement>("[data-decision=declined]")!.click();
    const dialog = shadow(el).querySelector("hearth-admin-decision-dialog")!;
    await waitUntil(() => dialog.shadowRoot?.querySelector("dialog")?.open);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => dialog.shadowRoot!.querySelector('[role="alert"]'));
    expect(live(el)).to.include("Your role does not allow this.");
    expect(dialog.shadowRoot!.querySelector("dialog")!.open).to.equal(true);
  });

  it("saves the hygiene check and the note, announcing each", async () => {
    stub = new FetchStub()
      .on(
        "PUT",
        adminApi("/orgs/demo/events/evt_f/applications/app_1/hygiene"),
        ok({ application: applicationFixture({ hygieneVerified: true }) }),
      )
      .on(
        "PUT",
        adminApi("/orgs/demo/events/evt_f/applications/app_1/note"),
        ok({ application: applicationFixture({ organiserNote: "Call her" }) }),
      );
    const el = await mountQueue("en", stub, ok({ applications: [applicationFixture()] }));
    await waitFor(el, "hearth-admin-cook-card");
    const c = card(el);
    await waitUntil(() => c.shadowRoot?.querySelector("input[name=verified]"));
    c.shadowRoot!.querySelector<HTMLInputElement>("input[name=verified]")!.click();
    await waitUntil(() => live(el).includes("Hygiene verified: Olena"));
    expect(stub.calls.at(-1)!.body).to.deep.equal({ verified: true });
    c.shadowRoot!.querySelector("textarea")!.value = " Call her ";
    c.shadowRoot!.querySelector<HTMLButtonElement>(".note button[type=submit]")!.click();
    await waitUntil(() => live(el).includes("Note saved: Olena"));
    expect(stub.calls.at(-1)!.body).to.deep.equal({ note: "Call her" });
  });

  it("lets coordinators read without deciding", async () => {
    stub = new FetchStub();
    const el = await mountQueue(
      "en",
      stub,
      ok({ applications: [applicationFixture()] }),
      "coordinator",
    );
    await waitFor(el, "hearth-admin-cook-card");
    const c = card(el);
    await waitUntil(() => c.shadowRoot?.querySelector("article"));
    expect(c.shadowRoot!.querySelector("[data-decision]")).to.equal(null);
    expect(
      c.shadowRoot!.querySelector<HTMLInputElement>("input[name=verified]")!.disabled,
    ).to.equal(true);
  });
});
