import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminCancelEventDialog } from "../../../../widgets/admin/editor/cancel-event-dialog.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { languages, query, shadow } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { rosterEntryFixture, rosterFixture } from "../helpers/fixtures.js";

const rosterPath = adminApi("/orgs/demo/events/evt_1/registrations");

/** Olena gave only a phone; Sam gave an email; Ahmad cancelled. */
const roster = rosterFixture([
  rosterEntryFixture({ id: "reg_1", name: "Olena", email: null, phone: "+372 5555 0101" }),
  rosterEntryFixture({
    id: "reg_2",
    name: "Sam",
    email: "sam@example.org",
    phone: "+372 5555 0102",
  }),
  rosterEntryFixture({
    id: "reg_3",
    name: "Ahmad",
    email: null,
    phone: "+372 5555 0103",
    status: "cancelled",
  }),
]);

for (const lang of languages) {
  describe(`cancelling an event in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists who gave only a phone number, to phone them", async () => {
      stub = new FetchStub().on("GET", rosterPath, ok(roster)).install();
      const el = await fixture<HearthAdminCancelEventDialog>(
        html`<hearth-admin-cancel-event-dialog
          lang=${lang}
          org="demo"
          event-id="evt_1"
        ></hearth-admin-cancel-event-dialog>`,
      );
      await el.open();
      await waitUntil(() => shadow(el).querySelector(".phone-list"), "no phone list");
      const list = query(el, ".phone-list");
      expect(list.textContent).to.include("Olena");
      expect(list.textContent).to.not.include("Sam");
      expect(list.textContent).to.not.include("Ahmad");
      expect(query<HTMLAnchorElement>(el, ".phone-list a").href).to.equal("tel:+37255550101");
      if (lang === "en") expect(list.textContent).to.include("Phone these people");
      try {
        await expect(el).to.be.accessible();
      } finally {
        el.close();
      }
    });
  });
}
