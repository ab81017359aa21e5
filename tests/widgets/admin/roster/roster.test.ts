import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { RosterResponse } from "../../../../schema/contracts/admin/roster.js";
import type { HearthAdminRoster } from "../../../../widgets/admin/roster/roster.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, has, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import {
  adminEventFixture,
  adminSlotFixture,
  demoOrg,
  rosterEntryFixture,
  rosterFixture,
  totalsFixture,
} from "../helpers/fixtures.js";

const eventPath = adminApi("/orgs/demo/events/evt_1");
const rosterPath = adminApi("/orgs/demo/events/evt_1/registrations");
const waiting = rosterEntryFixture({
  id: "reg_2",
  name: "Ahmad",
  status: "waitlisted",
  position: 1,
  shortCode: "P3W9ZZ",
  adults: 1,
  children: 0,
  consentSource: "in_person",
});

async function mountRoster(lang: string, stub: FetchStub, role = "owner", ...rosters: Reply[]) {
  const replies =
    rosters.length > 0 ? rosters : [ok(rosterFixture([rosterEntryFixture(), waiting]))];
  stub
    .on("GET", eventPath, ok({ event: adminEventFixture() }))
    .on("GET", rosterPath, ...replies)
    .on("GET", adminApi("/orgs/demo/events/evt_1/questions"), ok({ questions: [] }))
    .install();
  const el = await fixture<HearthAdminRoster>(
    html`<hearth-admin-roster
      lang=${lang}
      org="demo"
      event-id="evt_1"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-roster>`,
  );
  await waitFor(el, "h1");
  return el;
}

function row(el: Element, id: string): HTMLElement {
  return query(el, `tr[data-entry="${id}"]`);
}

for (const lang of languages) {
  describe(`<hearth-admin-roster> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists people with party, status, consent source and code, under column headers", async () => {
      stub = new FetchStub();
      const el = await mountRoster(lang, stub);
      await waitFor(el, "table.roster");
      expect(shadow(el).querySelectorAll('table.roster th[scope="col"]').length).to.be.greaterThan(
        5,
      );
      expect(row(el, "reg_1").querySelector('th[scope="row"]')!.textContent).to.include("Olena");
      expect(row(el, "reg_1").textContent).to.include("K7M2QX");
      if (lang === "en") {
        expect(row(el, "reg_1").textContent).to.include("2 adults, 1 child");
        expect(row(el, "reg_2").textContent).to.include("In person");
        expect(text(el)).to.include("Interpreters needed");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("says so when nobody matches", async () => {
      stub = new FetchStub();
      const el = await mountRoster(lang, stub, "owner", ok(rosterFixture([])));
      await waitFor(el, ".empty");
      await expect(el).to.be.accessible();
    });

    it("offers to try again when the roster does not load", async () => {
      stub = new FetchStub();
      const el = await mountRoster(lang, stub, "owner", "network");
      await waitFor(el, '[role="alert"] button');
      await expect(el).to.be.accessible();
    });

    it("checks someone in and announces it with their party", async () => {
      const checkedIn = rosterEntryFixture({ checkedInAt: "2030-03-05T16:05:00.000Z" });
      stub = new FetchStub().on(
        "POST",
        adminApi("/orgs/demo/events/evt_1/registrations/reg_1/check-in"),
        ok({ entry: checkedIn }),
      );
      const el = await mountRoster(
        lang,
        stub,
        "owner",
        ok(rosterFixture([rosterEntryFixture(), waiting])),
        ok(rosterFixture([checkedIn, waiting])),
      );
      await waitFor(el, "table.roster");
      row(el, "reg_1").querySelector<HTMLButtonElement>(".actions button")!.click();
      await waitUntil(() => query(el, '.notice[role="status"]').textContent?.trim());
      if (lang === "en")
        expect(query(el, '[role="status"]').textContent).to.include(
          "Checked in: Olena (2 adults, 1 child)",
        );
      await waitUntil(() => row(el, "reg_1").querySelector(".checked"));
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-roster> actions and roles", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("says there is no free place when moving someone off the waitlist fails", async () => {
    stub = new FetchStub().on(
      "POST",
      adminApi("/orgs/demo/events/evt_1/registrations/reg_2/move"),
      apiError(409, "slot_full"),
    );
    const el = await mountRoster("en", stub);
    await waitFor(el, "table.roster");
    const move = [...row(el, "reg_2").querySelectorAll("button")].find((b) =>
      b.textContent?.includes("Give a place"),
    )!;
    move.click();
    await waitUntil(() => text(el).includes("No free place"));
    expect(stub.calls.find((call) => call.method === "POST")!.body).to.deep.equal({
      to: "confirmed",
    });
  });

  it("asks before cancelling a sign-up", async () => {
    stub = new FetchStub().on(
      "POST",
      adminApi("/orgs/demo/events/evt_1/registrations/reg_1/cancel"),
      ok({ entry: rosterEntryFixture({ status: "cancelled" }) }),
    );
    const el = await mountRoster("en", stub);
    await waitFor(el, "table.roster");
    [...row(el, "reg_1").querySelectorAll("button")]
      .find((b) => b.textContent?.includes("Cancel"))!
      .click();
    await el.updateComplete;
    expect(stub.calls.some((call) => call.method === "POST")).to.equal(false);
    [...row(el, "reg_1").querySelectorAll("button")]
      .find((b) => b.textContent?.includes("Yes, cancel"))!
      .click();
    await waitUntil(() => text(el).includes("Sign-up cancelled: Olena"));
  });

  it("offers no-show only once the event has started", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub);
    await waitFor(el, "table.roster");
    expect(row(el, "reg_1").textContent).to.not.include("No-show");
  });

  it("filters by status and search, sending them to the server", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub);
    await waitFor(el, "table.roster");
    const status = query<HTMLSelectElement>(el, "#roster-status");
    status.value = "waitlisted";
    status.dispatchEvent(new Event("change"));
    const search = query<HTMLInputElement>(el, "#roster-q");
    search.value = "Ahm";
    search.dispatchEvent(new Event("input"));
    await waitUntil(() => stub.calls.some((call) => call.url.searchParams.get("q") === "Ahm"));
    const last = stub.calls.at(-1)!.url.searchParams;
    expect(last.get("status")).to.equal("waitlisted");
  });

  it("gives a coordinator check-in only: no moves, cancels, CSV or adding", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub, "coordinator");
    await waitFor(el, "table.roster");
    expect(row(el, "reg_1").textContent).to.include("Check in");
    expect(text(el)).to.not.include("Give a place");
    expect(text(el)).to.not.include("Download CSV");
    expect(text(el)).to.not.include("Add someone");
    await expect(el).to.be.accessible();
  });

  it("links the CSV as a plain download and prints a list without needs", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub);
    await waitFor(el, "table.roster");
    const csv = query<HTMLAnchorElement>(el, "a[download]");
    expect(new URL(csv.href).pathname).to.equal(
      "/api/v1/admin/orgs/demo/events/evt_1/registrations.csv",
    );
    const printed = query(el, ".print-only");
    expect(printed.textContent).to.include("Olena");
    expect(printed.textContent).to.not.include("No pork");
    // Only confirmed people are on the door list.
    expect(printed.textContent).to.not.include("Ahmad");
  });

  it("marks who cannot be reached by email, and prints them in a list to phone", async () => {
    stub = new FetchStub();
    const phoneOnly = rosterEntryFixture({
      id: "reg_9",
      name: "Mariam",
      email: null,
      phone: "+372 5555 0109",
    });
    const el = await mountRoster(
      "en",
      stub,
      "owner",
      ok(rosterFixture([rosterEntryFixture(), phoneOnly])),
    );
    await waitFor(el, "table.roster");
    expect(row(el, "reg_9").querySelector(".no-email")?.textContent).to.include("No email");
    expect(row(el, "reg_1").querySelector(".no-email")).to.equal(null);
    expect(query(el, ".print-only .phone-list").textContent).to.include("+372 5555 0109");
  });
});

describe("<hearth-admin-roster> printed door list", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("says which time each person booked when the event has several", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        eventPath,
        ok({
          event: adminEventFixture({
            slots: [
              adminSlotFixture(),
              adminSlotFixture({ id: "slot_2", label: { en: "Morning", et: "Hommik" } }),
            ],
          }),
        }),
      )
      .on("GET", rosterPath, ok(rosterFixture([rosterEntryFixture({ slotId: "slot_2" })])))
      .install();
    const el = await fixture<HearthAdminRoster>(
      html`<hearth-admin-roster
        lang="en"
        org="demo"
        event-id="evt_1"
        member-role="owner"
        .organisation=${demoOrg}
      ></hearth-admin-roster>`,
    );
    await waitFor(el, "table.roster");
    const printed = query(el, ".print-only");
    expect(printed.querySelector("thead")!.textContent).to.include("Time");
    expect(printed.querySelector("tbody")!.textContent).to.include("Morning");
  });
});

describe("<hearth-admin-roster> a long roster", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());
  const second = rosterEntryFixture({ id: "reg_9", name: "Zainab", shortCode: "ZZ9ZZ9" });
  const firstPage = { ...rosterFixture([rosterEntryFixture()]), nextCursor: "page-2" };

  it("shows the next page of people below the first on request, saying how many", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub, "owner", ok(firstPage), ok(rosterFixture([second])));
    await waitFor(el, "table.roster");
    const more = [...shadow(el).querySelectorAll<HTMLButtonElement>("button")].find((button) =>
      button.textContent?.includes("Show more people"),
    )!;
    more.click();
    await waitUntil(() => shadow(el).querySelector('tr[data-entry="reg_9"]'));
    expect(row(el, "reg_1").textContent).to.include("Olena");
    const asked = stub.calls.filter((call) => call.url.pathname.endsWith("/registrations"));
    expect(asked.at(-1)!.url.searchParams.get("cursor")).to.equal("page-2");
    expect(query(el, '[role="status"].live').textContent).to.equal("2 people shown");
    expect(text(el)).to.not.include("Show more people");
    // The button went with the last page; focus moved to the first new person, not the page's top.
    await waitUntil(() => shadow(el).activeElement === row(el, "reg_9").querySelector("th"));
    await expect(el).to.be.accessible();
  });

  it("loads the pages not shown yet before printing, so the door list has everyone", async () => {
    stub = new FetchStub();
    const printed: string[] = [];
    const realPrint = window.print;
    const el = await mountRoster("en", stub, "owner", ok(firstPage), ok(rosterFixture([second])));
    window.print = () => printed.push(query(el, ".print-only").textContent ?? "");
    try {
      await waitFor(el, "table.roster");
      [...shadow(el).querySelectorAll<HTMLButtonElement>("button")]
        .find((button) => button.textContent?.includes("Print check-in list"))!
        .click();
      await waitUntil(() => printed.length === 1, "printed");
      expect(printed[0]).to.include("Olena");
      expect(printed[0]).to.include("Zainab");
    } finally {
      window.print = realPrint;
    }
  });
});

for (const lang of ["en", "ar"]) {
  describe(`<hearth-admin-roster> changing a sign-up in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("changes a person's party through the booking engine and says so", async () => {
      const changePath = adminApi("/orgs/demo/events/evt_1/registrations/reg_1");
      stub = new FetchStub().on(
        "PATCH",
        changePath,
        ok({ entry: rosterEntryFixture({ adults: 3, children: 0 }) }),
      );
      const el = await mountRoster(lang, stub);
      await waitFor(el, "table.roster");
      const label = lang === "ar" ? "تغيير" : "Change";
      [...row(el, "reg_1").querySelectorAll("button")]
        .find((b) => b.textContent?.trim().startsWith(label))!
        .click();
      await waitFor(el, "form.change-row");
      await expect(el).to.be.accessible();
      const form = query<HTMLFormElement>(el, "form.change-row");
      form.querySelector<HTMLInputElement>('input[name="adults"]')!.value = "3";
      form.querySelector<HTMLInputElement>('input[name="children"]')!.value = "0";
      form.requestSubmit();
      await waitUntil(() => stub.calls.some((call) => call.method === "PATCH"));
      const patch = stub.calls.find((call) => call.method === "PATCH")!;
      expect(patch.body).to.deep.include({ adults: 3, children: 0 });
      await waitUntil(() => !shadow(el).querySelector("form.change-row"));
      if (lang === "en") await waitUntil(() => text(el).includes("sign-up is now 3 adults"));
    });
  });
}

/** Offered a freed place until 18:00 on 4 March in Tallinn, not answered yet. */
const offered = rosterEntryFixture({
  id: "reg_3",
  name: "Yonas",
  status: "offered",
  offerExpiresAt: "2030-03-04T16:00:00.000Z",
  shortCode: "Q8R2TT",
  adults: 2,
  children: 0,
});
const withOffer = (offeredPeople: number): RosterResponse => ({
  entries: [rosterEntryFixture(), offered, waiting],
  totals: totalsFixture({ offeredPeople }),
  nextCursor: null,
});

for (const lang of languages) {
  describe(`<hearth-admin-roster> people offered a freed place, in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("marks them offered until their deadline, on the event's clock, and counts them", async () => {
      stub = new FetchStub();
      const el = await mountRoster(lang, stub, "owner", ok(withOffer(2)));
      await waitFor(el, "table.roster");
      const badge = row(el, "reg_3").querySelector(".badge")!;
      expect(badge.classList.contains("offered")).to.equal(true);
      if (lang === "en")
        expect(badge.textContent).to.match(/^Offered until Mar 4, 2030, 6:00\s?PM$/);
      else expect(badge.textContent).to.match(/[٦6]:[٠0][٠0]/);
      const total = query(el, ".offered-total");
      if (lang === "en") expect(total.textContent).to.match(/Offered a place\s*2/);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-roster> people offered a freed place", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("lets the organiser cancel an offer, but not move or change it meanwhile", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub, "owner", ok(withOffer(2)));
    await waitFor(el, "table.roster");
    const buttons = [...row(el, "reg_3").querySelectorAll("button")].map((b) =>
      b.textContent?.replace(/\s+/g, " ").trim(),
    );
    expect(buttons).to.deep.equal(["Cancel: Yonas"]);
  });

  it("leaves the offered total out while nobody is offered a place", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub, "owner", ok(withOffer(0)));
    await waitFor(el, "table.roster");
    expect(has(el, ".offered-total")).to.equal(false);
    expect(text(el)).to.not.include("Offered a place");
  });

  it("filters by offered, sending it to the server", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub);
    await waitFor(el, "table.roster");
    const status = query<HTMLSelectElement>(el, "#roster-status");
    const option = status.querySelector<HTMLOptionElement>('option[value="offered"]')!;
    expect(option.textContent?.trim()).to.equal("Offered");
    status.value = "offered";
    status.dispatchEvent(new Event("change"));
    await waitUntil(() => stub.calls.some((c) => c.url.searchParams.get("status") === "offered"));
  });
});
