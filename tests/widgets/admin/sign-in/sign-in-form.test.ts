import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminSignIn } from "../../../../widgets/admin/sign-in/sign-in-form.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, fill, languages, query, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { meFixture } from "../helpers/fixtures.js";

async function mountForm(lang: string) {
  const el = await fixture<HearthAdminSignIn>(
    html`<hearth-admin-sign-in lang=${lang}></hearth-admin-sign-in>`,
  );
  await waitFor(el, "form");
  fill(el, '[name="email"]', "mari@example.org");
  fill(el, '[name="password"]', "secret words here");
  return el;
}

function alertText(el: Element): string {
  return query(el, '[role="alert"]').textContent?.trim() ?? "";
}

for (const lang of languages) {
  describe(`<hearth-admin-sign-in> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says the email or password is wrong, and moves focus to why", async () => {
      stub = new FetchStub()
        .on("POST", adminApi("/session"), apiError(401, "invalid_credentials"))
        .install();
      const el = await mountForm(lang);
      query<HTMLFormElement>(el, "form").requestSubmit();
      await waitUntil(() => alertText(el));
      if (lang === "en") expect(alertText(el)).to.equal("The email or password is not right.");
      await waitUntil(() => el.shadowRoot!.activeElement === query(el, '[role="alert"]'));
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("says how many minutes to wait after too many attempts", async () => {
      stub = new FetchStub().install();
      const original = window.fetch;
      window.fetch = async () =>
        new Response(JSON.stringify({ error: { code: "rate_limited", message: "Wait." } }), {
          status: 429,
          headers: { "Content-Type": "application/json", "Retry-After": "290" },
        });
      const el = await mountForm(lang);
      query<HTMLFormElement>(el, "form").requestSubmit();
      await waitUntil(() => alertText(el));
      window.fetch = original;
      expect(alertText(el)).to.match(lang === "en" ? /try again in 5 minutes/i : /5|٥/);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-sign-in> success", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("fires hearth-admin-signed-in with who signed in, and forgets the password", async () => {
    stub = new FetchStub().on("POST", adminApi("/session"), ok(meFixture())).install();
    const el = await mountForm("en");
    const signedIn = new Promise<CustomEvent>((resolve) =>
      el.addEventListener("hearth-admin-signed-in", resolve),
    );
    query<HTMLFormElement>(el, "form").requestSubmit();
    expect((await signedIn).detail.user.email).to.equal("mari@example.org");
    expect(stub.calls[0]!.body).to.deep.equal({
      email: "mari@example.org",
      password: "secret words here",
    });
    await el.updateComplete;
    expect(query<HTMLInputElement>(el, '[name="password"]').value).to.equal("");
  });
});
