import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import type { HearthAdminCancelEventDialog } from "../../../../widgets/admin/editor/cancel-event-dialog.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { query, shadow } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { rosterEntryFixture, rosterFixture } from "../helpers/fixtures.js";

const rosterPath = adminApi("/orgs/demo/events/evt_1/registrations");

/** Two Ukrainian readers and an Arabic one with an email; a phone-only and a cancelled one. */
const roster = rosterFixture([
  rosterEntryFixture({ id: "reg_1", locale: "uk", email: "olena@example.org" }),
  rosterEntryFixture({ id: "reg_2", locale: "uk", email: "taras@example.org" }),
  rosterEntryFixture({ id: "reg_3", locale: "ar", email: "amina@example.org" }),
  rosterEntryFixture({ id: "reg_4", locale: "fa", email: null, phone: "+372 5555 0101" }),
  rosterEntryFixture({
    id: "reg_5",
    locale: "ru",
    email: "gone@example.org",
    status: "cancelled",
  }),
]);

/** The dialog of an organisation writing in Estonian (default), English and Arabic. */
const mount = (lang: string) =>
  fixture<HearthAdminCancelEventDialog>(
    html`<hearth-admin-cancel-event-dialog
      lang=${lang}
      org="demo"
      event-id="evt_1"
      .locales=${["et", "en", "ar"]}
    ></hearth-admin-cancel-event-dialog>`,
  );

describe("<hearth-admin-cancel-event-dialog>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("offers the languages the people signed up read, and says how many read each", async () => {
    stub = new FetchStub().on("GET", rosterPath, ok(roster)).install();
    const el = await mount("en");
    await el.open();
    await waitUntil(() => shadow(el).querySelector("#f-message-uk"), "no Ukrainian box");
    const boxes = [...shadow(el).querySelectorAll("textarea")];
    // The organisation's languages (default first), then Ukrainian, which two people read.
    // Nobody reaches Persian or Russian by email: no box for them.
    expect(boxes.map((box) => box.lang)).to.deep.equal(["et", "en", "ar", "uk"]);
    expect(query(el, "#f-message-uk-hint").textContent).to.equal(
      "2 people signed up read this language.",
    );
    expect(query(el, "#f-message-ar-hint").textContent).to.equal(
      "1 person signed up reads this language.",
    );
    expect(shadow(el).querySelector("#f-message-et-hint")).to.equal(null);
    expect(query(el, "#f-message-hint").textContent).to.include("they read Estonian");
    try {
      await expect(el).to.be.accessible();
    } finally {
      el.close();
    }
  });

  it("fits a 320 px phone in Arabic: the phone list scrolls in its own region", async () => {
    await setViewport({ width: 320, height: 640 });
    const phoneOnly = Array.from({ length: 4 }, (_, index) =>
      rosterEntryFixture({
        id: `reg_p${index}`,
        name: `Khadija Abdulrahman Al-Hashimi ${index}`,
        email: null,
        phone: `+372 5555 010${index}`,
      }),
    );
    stub = new FetchStub().on("GET", rosterPath, ok(rosterFixture(phoneOnly))).install();
    const el = await mount("ar");
    try {
      await el.open();
      await waitUntil(() => shadow(el).querySelector(".phone-list"), "no phone list");
      const dialog = query(el, "dialog");
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      expect(query(el, "form").scrollWidth).to.be.at.most(query(el, "form").clientWidth);
    } finally {
      el.close();
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it("sends only the languages written", async () => {
    stub = new FetchStub().on("GET", rosterPath, ok(roster)).install();
    const el = await mount("ar");
    const sent: Record<string, string>[] = [];
    el.addEventListener("hearth-admin-cancel-event", (event) =>
      sent.push((event as CustomEvent<{ message: Record<string, string> }>).detail.message),
    );
    await el.open();
    query<HTMLTextAreaElement>(el, "#f-message-ar").value = " المكتبة مغلقة. ";
    query<HTMLFormElement>(el, "form").requestSubmit();
    expect(sent).to.deep.equal([{ ar: "المكتبة مغلقة." }]);
    el.close();
  });
});
