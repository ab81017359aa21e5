import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { RosterEntry } from "../../../../schema/contracts/admin/roster.js";
import type { HearthAdminRoster } from "../../../../widgets/admin/roster/roster.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { has, hasFocus, languages, query, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import {
  adminEventFixture,
  demoOrg,
  rosterEntryFixture,
  rosterFixture,
} from "../helpers/fixtures.js";

const changePath = adminApi("/orgs/demo/events/evt_1/registrations/reg_1");
const olena = rosterEntryFixture({ email: null, phone: "+372 5555 0101" });

/** The roster with Olena's change form open, answering her PATCH with `reply`. */
async function openChange(lang: string, stub: FetchStub, reply: Reply) {
  stub
    .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
    .on("GET", adminApi("/orgs/demo/events/evt_1/registrations"), ok(rosterFixture([olena])))
    .on("GET", adminApi("/orgs/demo/events/evt_1/questions"), ok({ questions: [] }))
    .on("PATCH", changePath, reply)
    .install();
  const el = await fixture<HearthAdminRoster>(
    html`<hearth-admin-roster
      lang=${lang}
      org="demo"
      event-id="evt_1"
      member-role="owner"
      .organisation=${demoOrg}
    ></hearth-admin-roster>`,
  );
  await waitFor(el, 'tr[data-entry="reg_1"]');
  const label = lang === "ar" ? "تغيير" : "Change";
  [...query(el, 'tr[data-entry="reg_1"]').querySelectorAll("button")]
    .find((button) => button.textContent?.trim().startsWith(label))!
    .click();
  await waitFor(el, "form.change-row");
  return el;
}

function type(el: Element, name: string, value: string): void {
  query<HTMLInputElement>(el, `form.change-row [name="${name}"]`).value = value;
}

const patches = (stub: FetchStub) => stub.calls.filter((call) => call.method === "PATCH");

async function save(el: Element, stub: FetchStub) {
  query<HTMLFormElement>(el, "form.change-row").requestSubmit();
  await waitUntil(() => patches(stub).length === 1, "waiting for the PATCH");
  return patches(stub)[0]!.body;
}

const saved = (changes: Partial<RosterEntry>) => ok({ entry: { ...olena, ...changes } });

for (const lang of languages) {
  describe(`<hearth-admin-roster> correcting name, contact and needs in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("folds the fields away below time and party, prefilled from the roster", async () => {
      stub = new FetchStub();
      const el = await openChange(lang, stub, saved({}));
      const details = query<HTMLDetailsElement>(el, "form.change-row details");
      expect(details.open).to.equal(false);
      query(el, "form.change-row summary").click();
      await waitUntil(() => details.open);
      const value = (name: string) =>
        query<HTMLInputElement>(el, `form.change-row [name="${name}"]`).value;
      expect(
        ["name", "email", "phone", "needs.interpreterLanguage", "needs.dietary"].map(value),
      ).to.deep.equal(["Olena", "", "+372 5555 0101", "uk", "No pork"]);
      await expect(el).to.be.accessible();
    });

    it("shows a refused email beside the email field, opening the fields and focusing it", async () => {
      stub = new FetchStub();
      const el = await openChange(
        lang,
        stub,
        apiError(422, "validation_failed", {
          email: { code: "invalid_email", message: "Check the email address." },
        }),
      );
      type(el, "email", "olena@");
      await save(el, stub);
      const error = await waitFor(el, "#change-email-reg_1-error");
      if (lang === "en") expect(error.textContent).to.equal("Check the email address.");
      else expect(error.textContent).to.match(/[\u0600-\u06ff]/);
      const email = query<HTMLInputElement>(el, 'form.change-row [name="email"]');
      expect(email.getAttribute("aria-invalid")).to.equal("true");
      expect(email.getAttribute("aria-describedby")).to.equal("change-email-reg_1-error");
      expect(query<HTMLDetailsElement>(el, "form.change-row details").open).to.equal(true);
      await waitUntil(() => hasFocus(el, email), "waiting for focus on the email field");
      // What was typed stays, to be corrected.
      expect(email.value).to.equal("olena@");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-roster> sending only what changed", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends only the email and the food needs when only they changed, and says it saved", async () => {
    stub = new FetchStub();
    const el = await openChange(
      "en",
      stub,
      saved({
        email: "olena@example.org",
        needs: { ...olena.needs, dietary: "No pork, no nuts" },
      }),
    );
    type(el, "email", " olena@example.org ");
    type(el, "needs.dietary", "No pork, no nuts");
    expect(await save(el, stub)).to.deep.equal({
      email: "olena@example.org",
      needs: { dietary: "No pork, no nuts" },
    });
    await waitUntil(() => !has(el, "form.change-row"), "waiting for the form to close");
    await waitUntil(() => text(el).includes("Changes saved: Olena"));
  });

  it("clears the phone number when its box is emptied", async () => {
    stub = new FetchStub();
    const el = await openChange("en", stub, saved({ phone: null }));
    type(el, "phone", "");
    expect(await save(el, stub)).to.deep.equal({ phone: null });
  });

  it("sends the party and a corrected name together, leaving the rest out", async () => {
    stub = new FetchStub();
    const el = await openChange("en", stub, saved({ name: "Olena K.", adults: 3 }));
    type(el, "adults", "3");
    type(el, "name", "Olena K.");
    expect(await save(el, stub)).to.deep.equal({ adults: 3, name: "Olena K." });
    await waitUntil(() => text(el).includes("Olena K.'s sign-up is now 3 adults"));
  });

  it("closes the form without a request when nothing changed", async () => {
    stub = new FetchStub();
    const el = await openChange("en", stub, saved({}));
    query<HTMLFormElement>(el, "form.change-row").requestSubmit();
    await waitUntil(() => !has(el, "form.change-row"), "waiting for the form to close");
    expect(patches(stub)).to.have.length(0);
    expect(has(el, 'tr[data-entry="reg_1"] .actions')).to.equal(true);
  });
});
