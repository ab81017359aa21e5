import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminLedger } from "../../../../widgets/admin/festival/ledger.js";
import { parseAmount } from "../../../../widgets/admin/festival/money.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import {
  applicationFixture,
  festivalFixture,
  ledgerFixture,
} from "../helpers/festival-fixtures.js";

const ledgerPath = adminApi("/orgs/demo/events/evt_f/ledger");

async function mountLedger(lang: string, stub: FetchStub, reply: Reply, role = "organiser") {
  stub
    .on("GET", adminApi("/orgs/demo/events/evt_f"), ok({ event: festivalFixture() }))
    .on("GET", ledgerPath, reply)
    .on(
      "GET",
      adminApi("/orgs/demo/events/evt_f/applications"),
      ok({ applications: [applicationFixture({ status: "approved" })] }),
    )
    .install();
  return fixture<HearthAdminLedger>(
    html`<hearth-admin-ledger
      lang=${lang}
      org="demo"
      event-id="evt_f"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-ledger>`,
  );
}

for (const lang of languages) {
  describe(`<hearth-admin-ledger> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows per cook and festival totals, and says it is a record, not a shop", async () => {
      stub = new FetchStub();
      const el = await mountLedger(lang, stub, ok(ledgerFixture()));
      await waitFor(el, "table.ledger");
      if (lang === "en") {
        expect(text(el)).to.include("A record, not a shop: no payouts.");
        expect(query(el, 'tr[data-cook="app_1"]').textContent).to.include("37.60");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      const form = shadow(el).querySelector("hearth-admin-ledger-form")!;
      await waitUntil(() => form.shadowRoot?.querySelector("form"));
      await expect(el).to.be.accessible();
      await expect(form).to.be.accessible();
    });

    it("says so when nothing is recorded", async () => {
      stub = new FetchStub();
      const el = await mountLedger(lang, stub, ok(ledgerFixture({ perCook: [], entries: [] })));
      await waitFor(el, ".empty");
      await expect(el).to.be.accessible();
    });

    it("offers a way to try again when the ledger does not load", async () => {
      stub = new FetchStub();
      const el = await mountLedger(lang, stub, apiError(500, "internal"));
      await waitFor(el, '[role="alert"] button');
      await expect(el).to.be.accessible();
    });
  });
}

describe("parseAmount", () => {
  it("reads amounts like 12.40 as cents", () => {
    expect(parseAmount("12.40")).to.equal(1240);
    expect(parseAmount("12,4")).to.equal(1240);
    expect(parseAmount("7")).to.equal(700);
    expect(parseAmount("12.345")).to.equal(null);
    expect(parseAmount("-3")).to.equal(null);
  });
});

describe("<hearth-admin-ledger> adding entries", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows loading while the ledger is on its way", async () => {
    stub = new FetchStub();
    const el = await mountLedger("en", stub, "hang");
    await waitUntil(() => text(el).includes("Loading…"));
  });

  it("sends the amount in cents and shows the new totals", async () => {
    const after = ledgerFixture({
      totals: { ingredientsCents: 2480, takingsCents: 5000, balanceCents: 2520 },
    });
    stub = new FetchStub().on("POST", ledgerPath, ok(after));
    const el = await mountLedger("en", stub, ok(ledgerFixture()));
    const form = await waitFor(el, "hearth-admin-ledger-form");
    await waitUntil(() => form.shadowRoot?.querySelector("form"));
    form.shadowRoot!.querySelector<HTMLInputElement>("[name=amount]")!.value = "12.40";
    form.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => query(el, ".live").textContent?.includes("Entry added."));
    expect(stub.calls.find((call) => call.method === "POST")!.body).to.deep.equal({
      applicationId: "app_1",
      kind: "ingredients",
      amountCents: 1240,
      note: null,
    });
    expect(query(el, "tfoot").textContent).to.include("24.80");
  });

  it("asks for an amount it can read, and shows a refusal", async () => {
    stub = new FetchStub().on("POST", ledgerPath, apiError(403, "forbidden"));
    const el = await mountLedger("en", stub, ok(ledgerFixture()));
    const form = await waitFor(el, "hearth-admin-ledger-form");
    await waitUntil(() => form.shadowRoot?.querySelector("form"));
    const amount = form.shadowRoot!.querySelector<HTMLInputElement>("[name=amount]")!;
    amount.value = "twelve";
    form.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => text(form).includes("Use an amount such as 12.40."));
    expect(stub.calls.some((call) => call.method === "POST")).to.equal(false);
    form.shadowRoot!.querySelector<HTMLInputElement>("[name=amount]")!.value = "3";
    form.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => text(form).includes("Your role does not allow this."));
    await expect(form).to.be.accessible();
  });

  it("lets coordinators read the ledger without adding to it", async () => {
    stub = new FetchStub();
    const el = await mountLedger("en", stub, ok(ledgerFixture()), "coordinator");
    await waitFor(el, "table.ledger");
    expect(shadow(el).querySelector("hearth-admin-ledger-form")).to.equal(null);
  });
});
