import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { EventInput } from "../../../../schema/contracts/admin/events.js";
import type { ItineraryInput } from "../../../../schema/contracts/admin/visits.js";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import type { HearthAdminVisitPlanner } from "../../../../widgets/admin/visits/visit-planner.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, fill, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { visitFixture } from "../helpers/visit-fixtures.js";

const itineraryPath = adminApi("/orgs/demo/events/evt_v/itinerary");
const eventPath = adminApi("/orgs/demo/events/evt_v");

async function mountPlanner(lang: string, stub: FetchStub, disabled = false) {
  stub.install();
  return fixture<HearthAdminVisitPlanner>(
    html`<hearth-admin-visit-planner
      lang=${lang}
      org="demo"
      .event=${visitFixture()}
      .locales=${["et", "en", "ar"]}
      ?disabled=${disabled}
    ></hearth-admin-visit-planner>`,
  );
}

const sent = (stub: FetchStub) =>
  stub.calls.find((call) => call.method === "PUT")!.body as ItineraryInput;

for (const lang of languages) {
  describe(`<hearth-admin-visit-planner> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows the stops in order, each text in every language, times on the visit's clock", async () => {
      stub = new FetchStub();
      const el = await mountPlanner(lang, stub);
      const stops = shadow(el).querySelectorAll(".stop");
      expect(stops).to.have.length(2);
      expect(query<HTMLInputElement>(el, '[name="stops.0.place.en"]').value).to.equal("Town hall");
      expect(query(el, '[name="stops.0.place.ar"]').getAttribute("dir")).to.equal("rtl");
      // 08:00 UTC is 11:00 in Tallinn in May.
      expect(query<HTMLInputElement>(el, '[name="stops.0.arrivesAt"]').value).to.equal(
        "2030-05-10T11:00",
      );
      expect(query<HTMLInputElement>(el, '[name="pickupPoints.0.name"]').value).to.equal(
        "Centre North",
      );
      if (lang === "en") {
        expect(text(el)).to.include("Visitor seats: 12 of 40 taken, 28 left");
        expect(stops[0]!.textContent).to.include("Host places: 3 of 5 taken");
      }
      // A stop with host places can't be removed until they are.
      expect(stops[0]!.querySelector<HTMLButtonElement>(".remove-stop")!.disabled).to.equal(true);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("shows the server's validation errors beside their fields", async () => {
      stub = new FetchStub().on(
        "PUT",
        itineraryPath,
        apiError(422, "validation_failed", {
          "stops.1.place": {
            code: "required",
            message: "Name the place in at least one language.",
          },
          "pickupPoints.0.name": { code: "required", message: "Name the pick-up point." },
        }),
      );
      const el = await mountPlanner(lang, stub);
      query<HTMLFormElement>(el, "form").requestSubmit();
      await waitFor(el, "#f-pickupPoints-0-name-error");
      expect(query(el, '[name="pickupPoints.0.name"]').getAttribute("aria-invalid")).to.equal(
        "true",
      );
      const placeError = query(el, "#f-stops-1-place-all").textContent!;
      if (lang === "en") expect(placeError).to.include("Name the place");
      else {
        expect(placeError.trim()).to.not.equal("");
        expect(placeError).to.not.include("Name the place");
      }
      expect(text(el)).to.not.include("Itinerary saved.");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-visit-planner> saving", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("reorders stops with the buttons and saves them in that order, in UTC", async () => {
    stub = new FetchStub().on("PUT", itineraryPath, ok({ stops: [], pickupPoints: [] }));
    const el = await mountPlanner("en", stub);
    let saved = false;
    el.addEventListener("hearth-admin-itinerary-saved", () => (saved = true));
    query<HTMLButtonElement>(el, '.stop:nth-of-type(2) [data-move="up"]').click();
    await el.updateComplete;
    expect(text(el)).to.include("Talu is now stop 1.");
    expect(shadow(el).activeElement?.getAttribute("data-move")).to.equal("down");
    query<HTMLButtonElement>(el, ".add-stop").click();
    await el.updateComplete;
    fill(el, '[name="stops.2.place.en"]', "Museum");
    fill(el, '[name="stops.2.arrivesAt"]', "2030-05-10T15:30");
    query<HTMLButtonElement>(el, ".add-pickup").click();
    await el.updateComplete;
    fill(el, '[name="pickupPoints.1.name"]', "Centre South");
    fill(el, '[name="pickupPoints.1.departsAt"]', "2030-05-10T08:45");
    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => saved);
    const body = sent(stub);
    expect(body.stops.map((stop) => stop.id ?? stop.place.en)).to.deep.equal([
      "stp_2",
      "stp_1",
      "Museum",
    ]);
    expect(body.stops[2]).to.include({ arrivesAt: "2030-05-10T12:30:00.000Z", address: null });
    expect(body.pickupPoints[1]).to.deep.equal({
      name: "Centre South",
      address: null,
      departsAt: "2030-05-10T05:45:00.000Z",
    });
    expect(text(el)).to.include("Itinerary saved.");
  });

  it("names what is still in use when the server refuses a removal, and can put it back", async () => {
    stub = new FetchStub().on(
      "PUT",
      itineraryPath,
      apiError(409, "invalid_state", { "pickupPoints.0": "Groups chose this pick-up point." }),
    );
    const el = await mountPlanner("en", stub);
    query<HTMLButtonElement>(el, ".remove-pickup").click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll(".pickup")).to.have.length(0);
    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => text(el).includes("still in use"));
    expect(query(el, ".summary").textContent).to.include("Centre North");
    await expect(el).to.be.accessible();
    query<HTMLButtonElement>(el, ".summary button").click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll(".pickup")).to.have.length(1);
  });

  it("is read-only for roles that cannot change events", async () => {
    stub = new FetchStub();
    const el = await mountPlanner("en", stub, true);
    expect(query<HTMLInputElement>(el, '[name="stops.0.place.en"]').disabled).to.equal(true);
    expect(shadow(el).querySelector('button[type="submit"]')).to.equal(null);
  });
});

describe("<hearth-admin-event-editor> for a visit", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  async function mountEditor(eventId = "evt_v") {
    stub.install();
    const el = await fixture<HearthAdminEventEditor>(
      html`<hearth-admin-event-editor
        lang="en"
        org="demo"
        member-role="owner"
        event-id=${eventId}
        .organisation=${demoOrg}
      ></hearth-admin-event-editor>`,
    );
    await waitFor(el, "form");
    return el;
  }

  it("lets each time's places be for visitors, hosts at a stop, or interpreters", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: visitFixture() }))
      .on("PUT", eventPath, ok({ event: visitFixture({ version: 4 }) }));
    const el = await mountEditor();
    await waitFor(el, "hearth-admin-visit-planner");
    expect(query<HTMLSelectElement>(el, '[name="slots.0.audience"]').value).to.equal("visitor");
    expect(query<HTMLSelectElement>(el, '[name="slots.1.stopId"]').value).to.equal("stp_1");
    const audience = query<HTMLSelectElement>(el, '[name="slots.2.audience"]');
    audience.value = "host";
    audience.dispatchEvent(new Event("change", { bubbles: true }));
    await el.updateComplete;
    const stop = query<HTMLSelectElement>(el, '[name="slots.2.stopId"]');
    expect([...stop.options].map((option) => option.textContent!.trim())).to.deep.equal([
      "Choose a stop",
      "1. Raekoda",
      "2. Talu",
    ]);
    stop.value = "stp_2";
    stop.dispatchEvent(new Event("change", { bubbles: true }));
    await expect(el).to.be.accessible();
    query<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => stub.calls.some((call) => call.method === "PUT"));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as EventInput;
    expect(body.slots.map(({ audience, stopId }) => ({ audience, stopId }))).to.deep.equal([
      { audience: "visitor", stopId: null },
      { audience: "host", stopId: "stp_1" },
      { audience: "host", stopId: "stp_2" },
    ]);
  });

  it("shows a stop that is not on the visit beside the slot's stop choice", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: visitFixture() }))
      .on(
        "PUT",
        eventPath,
        apiError(422, "validation_failed", { "slots.1.stopId": "Choose a stop of this visit." }),
      );
    const el = await mountEditor();
    query<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitFor(el, "#f-slots-1-stopId-error");
    expect(query(el, '[name="slots.1.stopId"]').getAttribute("aria-invalid")).to.equal("true");
  });

  it("offers the stops once the itinerary is saved", async () => {
    stub = new FetchStub().on(
      "GET",
      eventPath,
      ok({ event: visitFixture({ itinerary: [], slots: [visitFixture().slots[1]!] }) }),
    );
    stub.on(
      "PUT",
      itineraryPath,
      ok({ stops: visitFixture().itinerary, pickupPoints: visitFixture().pickupPoints }),
    );
    const el = await mountEditor();
    expect(text(el)).to.include("Save the itinerary below first");
    const planner = query(el, "hearth-admin-visit-planner");
    query<HTMLFormElement>(planner, "form").requestSubmit();
    await waitUntil(() => shadow(el).querySelector('[name="slots.0.stopId"]'));
  });

  it("asks to create a new visit before planning its stops", async () => {
    stub = new FetchStub();
    const el = await mountEditor("");
    const kind = query<HTMLSelectElement>(el, '[name="kind"]');
    kind.value = "visit";
    kind.dispatchEvent(new Event("change", { bubbles: true }));
    await el.updateComplete;
    expect(text(el)).to.include("Create the visit first");
    expect(shadow(el).querySelector("hearth-admin-visit-planner")).to.equal(null);
    expect(query<HTMLSelectElement>(el, '[name="slots.0.audience"]').value).to.equal("visitor");
  });
});
