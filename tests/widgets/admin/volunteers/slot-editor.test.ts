import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { EventInput } from "../../../../schema/contracts/admin/events.js";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { fill, languages, query, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, adminSlotFixture, demoOrg } from "../helpers/fixtures.js";
import { roleFixture } from "../helpers/volunteer-fixtures.js";

const eventPath = adminApi("/orgs/demo/events/evt_1");
const rolesPath = adminApi("/orgs/demo/roles");
const roles = [
  roleFixture(),
  roleFixture({ id: "rol_driver", name: { en: "Driver", ar: "سائق" } }),
];

async function mountEditor(lang: string, stub: FetchStub) {
  stub.install();
  const el = await fixture<HearthAdminEventEditor>(
    html`<hearth-admin-event-editor
      lang=${lang}
      org="demo"
      member-role="organiser"
      event-id="evt_1"
      .organisation=${demoOrg}
    ></hearth-admin-event-editor>`,
  );
  await waitFor(el, "form");
  return el;
}

function choose(el: Element, name: string, value: string): void {
  const select = query<HTMLSelectElement>(el, `[name="${name}"]`);
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

const volunteerShift = adminSlotFixture({
  audience: "volunteer",
  roleId: "rol_kitchen",
  minimum: 2,
  capacity: 4,
});

for (const lang of languages) {
  describe(`slot editor volunteer shifts in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("offers the organisation's roles and a minimum once a slot is for volunteers", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: adminEventFixture({ slots: [volunteerShift] }) }))
        .on("GET", rolesPath, ok({ roles }));
      const el = await mountEditor(lang, stub);
      await waitFor(el, '[name="slots.0.roleId"]');
      const role = query<HTMLSelectElement>(el, '[name="slots.0.roleId"]');
      expect(role.value).to.equal("rol_kitchen");
      expect(role.options).to.have.length(3);
      expect(query<HTMLInputElement>(el, '[name="slots.0.minimum"]').value).to.equal("2");
      if (lang === "en") expect(text(el)).to.include("at least 2, ideally 4");
      await expect(el).to.be.accessible();
    });
  });
}

describe("slot editor volunteer shifts", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("asks for roles only when an attendee slot becomes a volunteer shift", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: adminEventFixture() }))
      .on("GET", rolesPath, ok({ roles }));
    const el = await mountEditor("en", stub);
    expect(stub.calls.some((call) => call.url.pathname.endsWith("/roles"))).to.equal(false);
    expect(query<HTMLSelectElement>(el, '[name="slots.0.audience"]').value).to.equal("attendee");
    choose(el, "slots.0.audience", "volunteer");
    await waitFor(el, '[name="slots.0.roleId"]');
    expect(stub.calls.filter((call) => call.url.pathname.endsWith("/roles"))).to.have.length(1);
  });

  it("sends the role and minimum, and shows the server's reasons beside them", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: adminEventFixture({ slots: [volunteerShift] }) }))
      .on("GET", rolesPath, ok({ roles }))
      .on(
        "PUT",
        eventPath,
        apiError(422, "validation_failed", {
          "slots.0.roleId": "Choose a role.",
          "slots.0.minimum": "Use at most the places.",
        }),
      );
    const el = await mountEditor("en", stub);
    await waitFor(el, '[name="slots.0.roleId"]');
    choose(el, "slots.0.roleId", "rol_driver");
    fill(el, '[name="slots.0.minimum"]', "9");
    await el.updateComplete;
    query<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => text(el).includes("Use at most the places."));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as EventInput;
    expect(body.slots[0]).to.include({ audience: "volunteer", roleId: "rol_driver", minimum: 9 });
    expect(text(el)).to.include("Choose a role.");
    const minimum = query<HTMLInputElement>(el, '[name="slots.0.minimum"]');
    expect(minimum.getAttribute("aria-invalid")).to.equal("true");
    expect(query(el, '[name="slots.0.roleId"]').getAttribute("aria-invalid")).to.equal("true");
    await expect(el).to.be.accessible();
  });
});
