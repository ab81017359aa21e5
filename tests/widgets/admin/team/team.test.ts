import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminTeam } from "../../../../widgets/admin/team/team.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, fill, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { teamFixture } from "../helpers/fixtures.js";

async function mountTeam(lang: string, team: Reply = ok(teamFixture())) {
  const stub = new FetchStub().on("GET", adminApi("/orgs/demo/team"), team).install();
  const el = await fixture<HearthAdminTeam>(
    html`<hearth-admin-team lang=${lang} org="demo" user-id="usr_1"></hearth-admin-team>`,
  );
  return { el, stub };
}

for (const lang of languages) {
  describe(`<hearth-admin-team> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists members with their roles and the invitations waiting", async () => {
      const mounted = await mountTeam(lang);
      stub = mounted.stub;
      await waitFor(mounted.el, "table");
      expect(shadow(mounted.el).querySelectorAll("table")).to.have.length(2);
      expect(query<HTMLSelectElement>(mounted.el, "#role-usr_2").value).to.equal("organiser");
      expect(base(mounted.el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(mounted.el).to.be.accessible();
    });

    it("offers to try again when the team does not load", async () => {
      const mounted = await mountTeam(lang, "network");
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="alert"] button');
      await expect(mounted.el).to.be.accessible();
    });

    it("shows a new invitation's link once, to copy", async () => {
      const mounted = await mountTeam(lang);
      stub = mounted.stub.on(
        "POST",
        adminApi("/orgs/demo/invitations"),
        ok(
          {
            invitation: {
              id: "inv_2",
              email: "sara@example.org",
              role: "coordinator",
              expiresAt: "2030-02-01T10:00:00.000Z",
              url: "https://hearth.test/admin/#/invitation/tok",
            },
          },
          201,
        ),
      );
      await waitFor(mounted.el, "table");
      fill(mounted.el, '[name="email"]', "sara@example.org");
      query<HTMLSelectElement>(mounted.el, "#f-role").value = "coordinator";
      query<HTMLFormElement>(mounted.el, "section form").requestSubmit();
      const link = await waitFor(mounted.el, ".invite-link a");
      expect(link.getAttribute("href")).to.equal("https://hearth.test/admin/#/invitation/tok");
      expect(stub.calls.find((call) => call.method === "POST")!.body).to.deep.equal({
        email: "sara@example.org",
        role: "coordinator",
      });
      await expect(mounted.el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-team> changes", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("explains that the last owner can't be removed", async () => {
    const mounted = await mountTeam("en");
    stub = mounted.stub.on(
      "DELETE",
      adminApi("/orgs/demo/members/usr_1"),
      apiError(409, "last_owner"),
    );
    await waitFor(mounted.el, "table");
    const row = query(mounted.el, "tbody tr");
    [...row.querySelectorAll("button")].find((b) => b.textContent?.includes("Remove"))!.click();
    await mounted.el.updateComplete;
    [...row.querySelectorAll("button")]
      .find((b) => b.textContent?.includes("Yes, remove"))!
      .click();
    await waitUntil(() => text(mounted.el).includes("needs at least one owner"));
  });

  it("changes a role and puts the old one back when refused", async () => {
    const mounted = await mountTeam("en");
    stub = mounted.stub.on("PUT", adminApi("/orgs/demo/members/usr_2"), apiError(403, "forbidden"));
    await waitFor(mounted.el, "table");
    const select = query<HTMLSelectElement>(mounted.el, "#role-usr_2");
    select.value = "owner";
    select.dispatchEvent(new Event("change"));
    await waitUntil(() => text(mounted.el).includes("Your role does not allow this."));
    expect(stub.calls.find((call) => call.method === "PUT")!.body).to.deep.equal({ role: "owner" });
    expect(select.value).to.equal("organiser");
  });

  it("revokes an invitation", async () => {
    const mounted = await mountTeam("en");
    stub = mounted.stub.on("DELETE", adminApi("/orgs/demo/invitations/inv_1"), ok(null));
    await waitFor(mounted.el, "table");
    [...shadow(mounted.el).querySelectorAll("button")]
      .find((b) => b.textContent?.includes("Revoke"))!
      .click();
    await waitUntil(() =>
      text(mounted.el).includes("The invitation for new@example.org is revoked."),
    );
  });
});
