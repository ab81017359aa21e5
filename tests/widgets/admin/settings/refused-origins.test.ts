import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { RefusedOrigin } from "../../../../schema/contracts/admin/refused-origins.js";
import type { HearthAdminSettings } from "../../../../widgets/admin/settings/settings.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { fill, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { settingsFixture } from "../helpers/fixtures.js";

const settingsPath = adminApi("/orgs/demo/settings");
const refusedPath = adminApi("/orgs/demo/refused-origins");
const allowPath = adminApi("/orgs/demo/refused-origins/allow");

const newSite = "https://new-site.example";

function refused(overrides: Partial<RefusedOrigin> = {}): RefusedOrigin {
  return {
    origin: newSite,
    attempts: 3,
    firstSeenAt: "2030-03-01T09:00:00.000Z",
    lastSeenAt: "2030-03-05T16:05:00.000Z",
    ...overrides,
  };
}

const twoSites = [refused(), refused({ origin: "http://localhost:8080", attempts: 1 })];

async function mountSettings(
  lang: string,
  role: string,
  origins: RefusedOrigin[],
  ...allows: Reply[]
) {
  const stub = new FetchStub()
    .on("GET", settingsPath, ok({ settings: settingsFixture() }))
    .on("GET", refusedPath, ok({ origins }));
  if (allows.length > 0) stub.on("POST", allowPath, ...allows);
  stub.on(
    "PUT",
    settingsPath,
    ok({ settings: settingsFixture({ version: 9, allowedOrigins: [newSite] }) }),
  );
  stub.install();
  const el = await fixture<HearthAdminSettings>(
    html`<hearth-admin-settings
      lang=${lang}
      org="demo"
      member-role=${role}
    ></hearth-admin-settings>`,
  );
  await waitFor(el, "form");
  const list = query(el, "hearth-admin-refused-origins");
  await waitUntil(
    () => shadow(list).querySelector("ul, p.muted"),
    "waiting for the refused websites",
  );
  return { el, list, stub };
}

const allowedText = (el: Element) =>
  query<HTMLTextAreaElement>(el, '[name="allowedOrigins"]').value;
const allowButton = (list: Element, origin: string) =>
  shadow(list).querySelector<HTMLButtonElement>(`button[data-origin="${origin}"]`);

for (const lang of languages) {
  describe(`<hearth-admin-refused-origins> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists the refused websites under the allowed ones, with counts and an Allow button", async () => {
      let el: HearthAdminSettings;
      let list: HTMLElement;
      ({ el, list, stub } = await mountSettings(lang, "owner", twoSites));
      const items = [...shadow(list).querySelectorAll("li")];
      expect(items).to.have.length(2);
      expect(items[0]!.textContent).to.contain(newSite);
      expect(items[0]!.textContent).to.match(/3|٣/);
      expect(allowButton(list, newSite)).not.to.equal(null);
      expect(shadow(list).querySelector("[part=base]")!.getAttribute("dir")).to.equal(
        lang === "ar" ? "rtl" : "ltr",
      );
      // The section sits right under the allowed websites field.
      const field = query(el, '[name="allowedOrigins"]');
      expect(field.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
      await expect(el).to.be.accessible();
    });

    it("allows a website with one click: it joins the allowed list and the change is announced", async () => {
      let el: HearthAdminSettings;
      let list: HTMLElement;
      ({ el, list, stub } = await mountSettings(
        lang,
        "owner",
        twoSites,
        ok({
          settings: settingsFixture({
            version: 8,
            allowedOrigins: ["https://www.demo.example", newSite],
          }),
        }),
      ));
      allowButton(list, newSite)!.click();
      await waitUntil(() => !allowButton(list, newSite), "waiting for the row to leave");

      const post = stub.calls.find((call) => call.method === "POST")!;
      expect(post.url.pathname).to.equal("/api/v1/admin/orgs/demo/refused-origins/allow");
      expect(post.body).to.deep.equal({ origin: newSite });
      expect(allowedText(el)).to.equal(`https://www.demo.example\n${newSite}`);
      expect(query(el, '.live[role="status"]').textContent).to.contain(newSite);
      expect(shadow(list).querySelectorAll("li")).to.have.length(1);
      await waitUntil(
        () => shadow(list).activeElement === allowButton(list, "http://localhost:8080"),
        "focus moves to the next website's button",
      );
      await expect(el).to.be.accessible();
    });

    it("says so when no website was refused", async () => {
      let el: HearthAdminSettings;
      let list: HTMLElement;
      ({ el, list, stub } = await mountSettings(lang, "owner", []));
      expect(shadow(list).querySelector("ul")).to.equal(null);
      expect(text(list)).to.have.length.above(0);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-refused-origins> roles, errors and unsaved edits", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows organisers the websites without Allow buttons", async () => {
    let el: HearthAdminSettings;
    let list: HTMLElement;
    ({ el, list, stub } = await mountSettings("en", "organiser", twoSites));
    expect(shadow(list).querySelectorAll("li")).to.have.length(2);
    expect(shadow(list).querySelector("button")).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("says when the allowed list is full, and keeps the website listed", async () => {
    let el: HearthAdminSettings;
    let list: HTMLElement;
    ({ el, list, stub } = await mountSettings(
      "en",
      "owner",
      twoSites,
      apiError(422, "validation_failed", {
        allowedOrigins: { code: "too_long", params: { max: 50 } },
      }),
    ));
    allowButton(list, newSite)!.click();
    const alert = await waitFor(list, '.error[role="alert"]:not(:empty)');
    expect(alert.textContent).to.contain("50");
    expect(allowButton(list, newSite)).not.to.equal(null);
    expect(allowedText(el)).to.equal("https://www.demo.example");
    await expect(el).to.be.accessible();
  });

  it("keeps unsaved edits and saves them over the version the allow made", async () => {
    let el: HearthAdminSettings;
    let list: HTMLElement;
    ({ el, list, stub } = await mountSettings(
      "en",
      "owner",
      twoSites,
      ok({
        settings: settingsFixture({
          version: 8,
          allowedOrigins: ["https://www.demo.example", newSite],
        }),
      }),
    ));
    fill(el, '[name="name"]', "My new name");
    allowButton(list, newSite)!.click();
    await waitUntil(() => allowedText(el).includes(newSite), "waiting for the allowed list");
    expect(query<HTMLInputElement>(el, '[name="name"]').value).to.equal("My new name");

    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => stub.calls.some((call) => call.method === "PUT"));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as Record<string, unknown>;
    expect(body).to.deep.include({
      name: "My new name",
      allowedOrigins: ["https://www.demo.example", newSite],
      version: 8,
    });
  });
});
