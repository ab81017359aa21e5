import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminHours } from "../../../../widgets/admin/volunteers/hours.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, fill, languages, query, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import {
  boardFixture,
  hoursFixture,
  volunteerEventFixture,
} from "../helpers/volunteer-fixtures.js";

const hoursPath = adminApi("/orgs/demo/events/evt_f/hours");
const correctionPath = adminApi("/orgs/demo/events/evt_f/registrations/reg_2/hours");

async function mountHours(lang: string, stub: FetchStub) {
  stub
    .on("GET", adminApi("/orgs/demo/events/evt_f"), ok({ event: volunteerEventFixture() }))
    .on("GET", adminApi("/orgs/demo/events/evt_f/shifts"), ok(boardFixture()))
    .install();
  const el = await fixture<HearthAdminHours>(
    html`<hearth-admin-hours
      lang=${lang}
      org="demo"
      event-id="evt_f"
      member-role="organiser"
      .organisation=${demoOrg}
    ></hearth-admin-hours>`,
  );
  await waitFor(el, "table.hours");
  return el;
}

for (const lang of languages) {
  describe(`<hearth-admin-hours> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows shifts and hours per volunteer as h:mm, the total and the CSV link", async () => {
      stub = new FetchStub().on("GET", hoursPath, ok(hoursFixture()));
      const el = await mountHours(lang, stub);
      const omar = query(el, '[data-volunteer="vol_2"]');
      if (lang === "en") {
        expect(omar.textContent).to.include("8:05");
        expect(query(el, ".total").textContent!.trim()).to.equal("12:05");
      }
      expect(query<HTMLAnchorElement>(el, "a.csv").getAttribute("href")).to.equal(
        "/api/v1/admin/orgs/demo/events/evt_f/hours.csv",
      );
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-hours> corrections", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("corrects a shift's hours with a reason and shows the new figures", async () => {
    stub = new FetchStub().on("GET", hoursPath, ok(hoursFixture())).on(
      "PUT",
      correctionPath,
      ok(
        hoursFixture({
          volunteers: [{ volunteerId: "vol_2", name: "Omar", shifts: 2, minutes: 300 }],
          totalMinutes: 300,
        }),
      ),
    );
    const el = await mountHours("en", stub);
    fill(el, '[name="reg_2.minutes"]', "180");
    fill(el, '[name="reg_2.reason"]', "Left early");
    await el.updateComplete;
    query<HTMLButtonElement>(el, '[data-registration="reg_2"] button[type="submit"]').click();
    await waitUntil(() => text(el).includes("Hours corrected: Omar"));
    expect(stub.calls.find((c) => c.method === "PUT")!.body).to.deep.equal({
      minutes: 180,
      reason: "Left early",
    });
    expect(query(el, ".total").textContent!.trim()).to.equal("5:00");
    expect(query<HTMLInputElement>(el, '[name="reg_2.minutes"]').value).to.equal("");
  });

  it("keeps what was typed and shows the reason field's error", async () => {
    stub = new FetchStub()
      .on("GET", hoursPath, ok(hoursFixture()))
      .on(
        "PUT",
        correctionPath,
        apiError(422, "validation_failed", { reason: "Say why the hours change." }),
      );
    const el = await mountHours("en", stub);
    fill(el, '[name="reg_2.minutes"]', "180");
    await el.updateComplete;
    query<HTMLButtonElement>(el, '[data-registration="reg_2"] button[type="submit"]').click();
    await waitUntil(() => text(el).includes("Say why the hours change."));
    expect(query<HTMLInputElement>(el, '[name="reg_2.minutes"]').value).to.equal("180");
    expect(query(el, '[name="reg_2.reason"]').getAttribute("aria-invalid")).to.equal("true");
    await expect(el).to.be.accessible();
  });
});
