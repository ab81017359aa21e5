import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { AuditEntry } from "../../../../schema/contracts/admin/team.js";
import type { HearthAdminAudit } from "../../../../widgets/admin/audit/audit.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";

const entry = (id: string): AuditEntry => ({
  id,
  at: "2030-03-05T16:05:00.000Z",
  user: { id: "usr_1", email: "mari@example.org", displayName: "Mari" },
  action: "roster.viewed",
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
      await expect(mounted.el).to.be.accessible();
    });

    it("says when nothing is recorded yet", async () => {
      const mounted = await mountAudit(lang, ok({ entries: [], nextCursor: null }));
      stub = mounted.stub;
      await waitFor(mounted.el, "p");
      await expect(mounted.el).to.be.accessible();
    });
  });
}
