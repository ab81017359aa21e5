import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminDoor } from "../../../../widgets/admin/roster/door-mode.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { rosterEntryFixture, rosterFixture } from "../helpers/fixtures.js";

const rosterPath = adminApi("/orgs/demo/events/evt_1/registrations");

async function mountDoor(lang: string) {
  const el = await fixture<HearthAdminDoor>(
    html`<hearth-admin-door lang=${lang} org="demo" event-id="evt_1"></hearth-admin-door>`,
  );
  await waitFor(el, "#door-q");
  return el;
}

function search(el: HearthAdminDoor, value: string): void {
  query<HTMLInputElement>(el, "#door-q").value = value;
  query<HTMLFormElement>(el, "form").requestSubmit();
}

for (const lang of languages) {
  describe(`<hearth-admin-door> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("finds a family by short code, focuses Check in, and announces the check-in", async () => {
      stub = new FetchStub()
        .on("GET", rosterPath, ok(rosterFixture()))
        .on(
          "POST",
          adminApi("/orgs/demo/events/evt_1/registrations/reg_1/check-in"),
          ok({ entry: rosterEntryFixture({ checkedInAt: "2030-03-05T16:05:00.000Z" }) }),
        )
        .install();
      const el = await mountDoor(lang);
      expect(shadow(el).activeElement?.id).to.equal("door-q");
      search(el, "k7m2qx");
      await waitFor(el, ".check-in");
      const query0 = stub.calls[0]!.url.searchParams;
      expect(query0.get("code")).to.equal("K7M2QX");
      expect(query0.get("status")).to.equal("confirmed");
      await waitUntil(() => shadow(el).activeElement?.classList.contains("check-in"));
      await expect(el).to.be.accessible();

      const changed = new Promise((resolve) =>
        el.addEventListener("hearth-admin-roster-changed", resolve),
      );
      (shadow(el).activeElement as HTMLButtonElement).click();
      await changed;
      await waitUntil(() => query(el, '[role="status"]').textContent?.includes("Olena"));
      if (lang === "en") {
        expect(query(el, '[role="status"]').textContent).to.include(
          "Checked in: Olena (2 adults, 1 child)",
        );
      }
      await waitUntil(() => shadow(el).activeElement?.id === "door-q", "ready for the next family");
      await expect(el).to.be.accessible();
    });

    it("searches by name when it isn't a code, and says when nobody matches", async () => {
      stub = new FetchStub().on("GET", rosterPath, ok(rosterFixture([]))).install();
      const el = await mountDoor(lang);
      search(el, "Ol");
      await waitUntil(() => shadow(el).querySelector(".door > p:not(.live)"));
      expect(stub.calls[0]!.url.searchParams.get("q")).to.equal("Ol");
      await expect(el).to.be.accessible();
    });
  });
}
