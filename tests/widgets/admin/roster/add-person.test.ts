import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminAddPerson } from "../../../../widgets/admin/roster/add-person.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { fill, languages, query, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, rosterEntryFixture } from "../helpers/fixtures.js";

const rosterPath = adminApi("/orgs/demo/events/evt_1/registrations");

async function mountForm(lang: string) {
  const el = await fixture<HearthAdminAddPerson>(
    html`<hearth-admin-add-person
      lang=${lang}
      org="demo"
      .event=${adminEventFixture()}
      .locales=${["et", "en", "ar"]}
    ></hearth-admin-add-person>`,
  );
  await waitFor(el, "form");
  return el;
}

for (const lang of languages) {
  describe(`<hearth-admin-add-person> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("needs a name and the in-person agreement before sending", async () => {
      stub = new FetchStub().install();
      const el = await mountForm(lang);
      query<HTMLFormElement>(el, "form").requestSubmit();
      await waitFor(el, "#consent-error");
      expect(query(el, '[name="name"]').getAttribute("aria-invalid")).to.equal("true");
      expect(stub.calls).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("registers a family on their behalf and shows the manage link to hand over", async () => {
      stub = new FetchStub()
        .on(
          "POST",
          rosterPath,
          ok(
            {
              entry: rosterEntryFixture({ consentSource: "in_person" }),
              manageUrl: "https://hearth.test/manage/?registration=reg_1#token=s",
            },
            201,
          ),
        )
        .install();
      const el = await mountForm(lang);
      fill(el, '[name="name"]', "Olena");
      fill(el, '[name="adults"]', "2");
      fill(el, '[name="children"]', "1");
      query<HTMLInputElement>(el, '[name="consentInPerson"]').checked = true;
      query<HTMLFormElement>(el, "form").requestSubmit();
      const link = await waitFor(el, ".manage-url");
      expect(link.getAttribute("href")).to.equal(
        "https://hearth.test/manage/?registration=reg_1#token=s",
      );
      const body = stub.calls[0]!.body as Record<string, unknown>;
      expect(body).to.include({
        name: "Olena",
        adults: 2,
        children: 1,
        consentInPerson: true,
        slotId: "slot_1",
        locale: "et",
      });
      expect(stub.calls[0]!.headers.get("Idempotency-Key")).to.have.length.greaterThan(8);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-add-person> server errors", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows the server's field errors beside the fields", async () => {
    stub = new FetchStub()
      .on(
        "POST",
        rosterPath,
        apiError(422, "validation_failed", { "needs.dietary": "Use 500 characters or fewer." }),
      )
      .install();
    const el = await mountForm("en");
    fill(el, '[name="name"]', "Olena");
    query<HTMLInputElement>(el, '[name="consentInPerson"]').checked = true;
    query<HTMLFormElement>(el, "form").requestSubmit();
    const error = await waitFor(el, "#f-needs-dietary-error");
    expect(error.textContent).to.include("500 characters");
    await waitUntil(
      () => query(el, '[name="needs.dietary"]').getAttribute("aria-invalid") === "true",
    );
  });
});

describe("<hearth-admin-add-person> says what happened", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("reports a family put on the waitlist as waitlisted, with their position", async () => {
    stub = new FetchStub()
      .on(
        "POST",
        rosterPath,
        ok(
          {
            entry: rosterEntryFixture({ name: "Olena", status: "waitlisted", position: 2 }),
            manageUrl: "https://hearth.test/manage/?registration=reg_1#token=s",
          },
          201,
        ),
      )
      .install();
    const el = await mountForm("en");
    fill(el, '[name="name"]', "Olena");
    query<HTMLInputElement>(el, '[name="consentInPerson"]').checked = true;
    query<HTMLFormElement>(el, "form").requestSubmit();
    const notice = await waitFor(el, '.notice[role="status"]');
    expect(notice.textContent).to.include("Olena is on the waitlist, position 2");
    expect(notice.textContent).to.not.include("is signed up");
  });

  it("keeps the name, phone and party size when the server refuses", async () => {
    stub = new FetchStub().on("POST", rosterPath, apiError(409, "slot_full")).install();
    const el = await mountForm("en");
    fill(el, '[name="name"]', "Olena");
    fill(el, '[name="phone"]', "+372 5555 0101");
    fill(el, '[name="adults"]', "3");
    fill(el, '[name="children"]', "2");
    query<HTMLInputElement>(el, '[name="consentInPerson"]').checked = true;
    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => query(el, '[role="alert"]').textContent?.trim() !== "");
    await el.updateComplete;
    const value = (name: string) => query<HTMLInputElement>(el, `[name="${name}"]`).value;
    expect([value("name"), value("phone"), value("adults"), value("children")]).to.deep.equal([
      "Olena",
      "+372 5555 0101",
      "3",
      "2",
    ]);
  });
});
