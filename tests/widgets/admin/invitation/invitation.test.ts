import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminInvitation } from "../../../../widgets/admin/invitation/invitation.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, fill, languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { meFixture } from "../helpers/fixtures.js";

const preview = (accountExists: boolean) =>
  ok({
    invitation: {
      organisation: "demo",
      organisationName: "Demo City",
      email: "sara@example.org",
      role: "coordinator",
      accountExists,
    },
  });

async function mountInvitation(lang: string, reply: Reply) {
  const stub = new FetchStub().on("GET", adminApi("/invitations/tok"), reply).install();
  const el = await fixture<HearthAdminInvitation>(
    html`<hearth-admin-invitation lang=${lang} token="tok"></hearth-admin-invitation>`,
  );
  return { el, stub };
}

for (const lang of languages) {
  describe(`<hearth-admin-invitation> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("asks a newcomer for a name and a new password", async () => {
      const mounted = await mountInvitation(lang, preview(false));
      stub = mounted.stub;
      await waitFor(mounted.el, '[name="displayName"]');
      expect(query(mounted.el, '[name="password"]').getAttribute("autocomplete")).to.equal(
        "new-password",
      );
      expect(base(mounted.el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(mounted.el).to.be.accessible();
    });

    it("asks someone with an account only for their password", async () => {
      const mounted = await mountInvitation(lang, preview(true));
      stub = mounted.stub;
      await waitFor(mounted.el, '[name="password"]');
      expect(shadow(mounted.el).querySelector('[name="displayName"]')).to.equal(null);
      await expect(mounted.el).to.be.accessible();
    });

    it("says when the invitation no longer works", async () => {
      const mounted = await mountInvitation(lang, apiError(404, "invitation_invalid"));
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="alert"]');
      await expect(mounted.el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-invitation> accepting", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows a too-short password beside the field, and moves focus to it", async () => {
    const mounted = await mountInvitation("en", preview(false));
    stub = mounted.stub.on(
      "POST",
      adminApi("/invitations/tok/accept"),
      apiError(422, "validation_failed", { password: "Use at least 12 characters." }),
    );
    await waitFor(mounted.el, "form");
    fill(mounted.el, '[name="displayName"]', "Sara");
    fill(mounted.el, '[name="password"]', "short");
    query<HTMLFormElement>(mounted.el, "form").requestSubmit();
    const error = await waitFor(mounted.el, "#f-password-error");
    expect(error.textContent).to.include("12 characters");
    await waitUntil(() => shadow(mounted.el).activeElement?.getAttribute("name") === "password");
  });

  it("signs the new member in", async () => {
    const mounted = await mountInvitation("en", preview(false));
    stub = mounted.stub.on(
      "POST",
      adminApi("/invitations/tok/accept"),
      ok(meFixture("coordinator")),
    );
    await waitFor(mounted.el, "form");
    fill(mounted.el, '[name="displayName"]', "Sara");
    fill(mounted.el, '[name="password"]', "a long enough passphrase");
    const signedIn = new Promise<CustomEvent>((resolve) =>
      mounted.el.addEventListener("hearth-admin-signed-in", resolve),
    );
    query<HTMLFormElement>(mounted.el, "form").requestSubmit();
    await signedIn;
    await waitUntil(() => stub.calls.length === 2);
    expect(stub.calls[1]!.body).to.deep.equal({
      displayName: "Sara",
      password: "a long enough passphrase",
      locale: "en",
    });
  });
});
