import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { RolesBody } from "../../../../widgets/admin/volunteers/volunteers-api.js";
import type { HearthAdminRoles } from "../../../../widgets/admin/volunteers/roles.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, fill, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { roleFixture } from "../helpers/volunteer-fixtures.js";

const rolesPath = adminApi("/orgs/demo/roles");

async function mountRoles(lang: string, stub: FetchStub) {
  stub.install();
  const el = await fixture<HearthAdminRoles>(
    html`<hearth-admin-roles
      lang=${lang}
      org="demo"
      .organisation=${demoOrg}
    ></hearth-admin-roles>`,
  );
  await waitFor(el, "form");
  return el;
}

function check(el: HearthAdminRoles, name: string): void {
  const box = query<HTMLInputElement>(el, `[name="${name}"]`);
  box.click();
}

for (const lang of languages) {
  describe(`<hearth-admin-roles> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows each role's names side by side, each in its own language and direction", async () => {
      stub = new FetchStub().on(
        "GET",
        rolesPath,
        ok({ roles: [roleFixture({ minimumAge: 16, requirements: ["food_hygiene", "min_age"] })] }),
      );
      const el = await mountRoles(lang, stub);
      const arabic = query<HTMLInputElement>(el, '[name="roles.0.name.ar"]');
      expect(arabic.value).to.equal("المطبخ");
      expect(arabic.getAttribute("dir")).to.equal("rtl");
      expect(query<HTMLInputElement>(el, '[name="roles.0.name.et"]').value).to.equal("Köök");
      expect(
        query<HTMLInputElement>(el, '[name="roles.0.requirements.food_hygiene"]').checked,
      ).to.equal(true);
      expect(query<HTMLInputElement>(el, '[name="roles.0.minimumAge"]').value).to.equal("16");
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-roles> saving", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("saves a new role with its requirements and minimum age, and says so", async () => {
    stub = new FetchStub()
      .on("GET", rolesPath, ok({ roles: [roleFixture()] }))
      .on(
        "PUT",
        rolesPath,
        ok({ roles: [roleFixture(), roleFixture({ id: "rol_new", name: { en: "Driver" } })] }),
      );
    const el = await mountRoles("en", stub);
    query<HTMLButtonElement>(el, ".add-role").click();
    await waitFor(el, '[name="roles.1.name.en"]');
    fill(el, '[name="roles.1.name.en"]', "Driver");
    check(el, "roles.1.requirements.driving_licence");
    fill(el, '[name="roles.1.minimumAge"]', "21");
    await el.updateComplete;
    query<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => text(el).includes("Roles saved."));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as RolesBody;
    expect(body.roles).to.have.length(2);
    expect(body.roles[0]).to.include({ id: "rol_kitchen" });
    expect(body.roles[1]).to.deep.equal({
      name: { en: "Driver" },
      description: {},
      requirements: ["driving_licence", "min_age"],
      minimumAge: 21,
    });
  });

  it("keeps the form and says why when a removed role still has shifts", async () => {
    stub = new FetchStub()
      .on("GET", rolesPath, ok({ roles: [roleFixture()] }))
      .on("PUT", rolesPath, apiError(409, "invalid_state"));
    const el = await mountRoles("en", stub);
    query<HTMLButtonElement>(el, ".remove-role").click();
    await el.updateComplete;
    query<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => text(el).includes("Not saved: Stubbed failure."));
    expect(shadow(el).activeElement).to.equal(query(el, ".summary"));
  });

  it("puts the server's field errors beside the role's fields", async () => {
    stub = new FetchStub()
      .on("GET", rolesPath, ok({ roles: [roleFixture()] }))
      .on(
        "PUT",
        rolesPath,
        apiError(422, "validation_failed", { "roles.0.minimumAge": "Use 12 or more." }),
      );
    const el = await mountRoles("en", stub);
    fill(el, '[name="roles.0.minimumAge"]', "8");
    query<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => text(el).includes("Use 12 or more."));
    const age = query<HTMLInputElement>(el, '[name="roles.0.minimumAge"]');
    expect(age.getAttribute("aria-invalid")).to.equal("true");
    expect(age.value).to.equal("8");
    await expect(el).to.be.accessible();
  });
});
