import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import arabic from "../../../../i18n/dashboard/ar.json";
import english from "../../../../i18n/dashboard/en.json";
import type { AuditEntry } from "../../../../schema/contracts/admin/team.js";
import type { HearthAdminAudit } from "../../../../widgets/admin/audit/audit.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";

const entry = (id: string, action = "roster.viewed"): AuditEntry => ({
  id,
  at: "2030-03-05T16:05:00.000Z",
  user: { id: "usr_1", email: "mari@example.org", displayName: "Mari" },
  action,
  targetType: "event",
  targetId: "evt_1",
});

async function mountAudit(lang: string, ...replies: Reply[]) {
  const stub = new FetchStub().on("GET", adminApi("/orgs/demo/audit"), ...replies).install();
  const el = await fixture<HearthAdminAudit>(
    html`<hearth-admin-audit lang=${lang} org="demo"></hearth-admin-audit>`,
  );
  return { el, stub };
}

for (const lang of languages) {
  describe(`<hearth-admin-audit> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("loads more entries with the cursor", async () => {
      const mounted = await mountAudit(
        lang,
        ok({ entries: [entry("a1")], nextCursor: "c2" }),
        ok({ entries: [entry("a2")], nextCursor: null }),
      );
      stub = mounted.stub;
      await waitFor(mounted.el, "button.more");
      expect(base(mounted.el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(mounted.el).to.be.accessible();
      query<HTMLButtonElement>(mounted.el, "button.more").click();
      await waitUntil(() => shadow(mounted.el).querySelectorAll("tbody tr").length === 2);
      expect(stub.calls[1]!.url.searchParams.get("cursor")).to.equal("c2");
      expect(shadow(mounted.el).querySelector("button.more")).to.equal(null);
      // The button is gone; focus is on the first new row, not the top of the page.
      await waitUntil(
        () =>
          shadow(mounted.el).activeElement ===
          shadow(mounted.el).querySelector('tr[data-entry="a2"] td'),
      );
      await expect(mounted.el).to.be.accessible();
    });

    it("says when nothing is recorded yet, and that repeated views of a roster are listed once", async () => {
      const mounted = await mountAudit(lang, ok({ entries: [], nextCursor: null }));
      stub = mounted.stub;
      const words = lang === "ar" ? arabic.messages : english.messages;
      await waitUntil(() => shadow(mounted.el).textContent!.includes(words.auditEmpty));
      expect(shadow(mounted.el).textContent).to.include(words.auditRosterViewsNote);
      await expect(mounted.el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-audit> actions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  async function actionCell(lang: string, action: string) {
    const mounted = await mountAudit(
      lang,
      ok({ entries: [entry("a1", action)], nextCursor: null }),
    );
    stub = mounted.stub;
    return waitFor(mounted.el, "tbody td:nth-child(3)");
  }

  it("names a read of personal data in words", async () => {
    const cell = await actionCell("en", "shifts.viewed");
    expect(cell.textContent?.trim()).to.equal("Viewed the shift board");
    expect(cell.querySelector("code")).to.equal(null);
  });

  it("names it in Arabic from the Arabic catalogue, not in English", async () => {
    const label = arabic.messages["audit_shifts.viewed"];
    expect(label).to.match(/\p{Script=Arabic}/u);
    const cell = await actionCell("ar", "shifts.viewed");
    expect(cell.textContent?.trim()).to.equal(label);
  });

  it("shows an action without words by its code", async () => {
    const cell = await actionCell("en", "event.published");
    expect(cell.querySelector("code")?.textContent).to.equal("event.published");
  });
});
