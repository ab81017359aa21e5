import { fixture, html } from "@open-wc/testing";
import type { LitElement } from "lit";
import { register as registerFestival } from "../../../widgets/festival/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerSignup } from "../../../widgets/signup/define.js";
import { register as registerVisits } from "../../../widgets/visits/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import {
  festivalFixture,
  menuDishFixture,
  menuFixture,
  slotFixture,
  visitFixture,
} from "../helpers/fixtures.js";
import { query } from "../helpers/shadow.js";
import { LanguageCheck, preloadEnglish, publicCodes, until } from "./language-checks.js";

registerVisits();
registerFestival();
registerSignup();
setApiOrigin("https://hearth.test");

const inEstonian = { title: "et", summary: "et", description: "et", accessibilityNotes: "et" };

/* The organisation writes in Estonian: content that is no English sentence and no catalogue text. */
const lahemaa = visitFixture({
  langs: inEstonian,
  title: "Lahemaa: raba ja talu",
  summary: "Päev rahvuspargis.",
  description: "Päev rahvuspargis.\n\nLõuna on talus.",
  accessibilityNotes: "Bussis on ratastooli koht.",
  itinerary: visitFixture().itinerary.map((stop) => ({
    ...stop,
    place: stop.position === 1 ? "Viru raba laudtee" : "Palmse talu",
    activity: stop.position === 1 ? "Lühike jalutuskäik." : "Lõuna taluperega.",
    accessibility: stop.position === 1 ? "Trepid, ratastooliga ei pääse." : "Kaldtee olemas.",
    langs: { place: "et", activity: "et", accessibility: "et" },
  })),
  pickupPoints: visitFixture().pickupPoints.map((point) => ({
    ...point,
    name: point.id === "pp_1" ? "Vao keskus" : "Tallinna bussijaam",
  })),
});
const tartu = visitFixture({
  id: "evt_visit_tartu",
  langs: inEstonian,
  title: "Tartu: vanalinn ja kool",
  region: "Tartumaa",
  itinerary: [],
  pickupPoints: [],
  slots: [slotFixture({ id: "slot_t", audience: "visitor", remaining: 0, waitlistRemaining: 3 })],
});

const vaoKöök = festivalFixture({
  langs: inEstonian,
  title: "Vao köök",
  summary: "Toidud paljudest köökidest.",
  description: "Toidud paljudest köökidest.\n\nSissepääs on tasuta.",
  venueName: "Vao küla plats",
  accessibilityNotes: "Plats on tasane.",
  slots: [
    slotFixture({ id: "slot_guests", label: "Külalised", audience: "attendee", capacity: 300 }),
    slotFixture({ id: "slot_setup", label: "Ülesseadmine", audience: "volunteer", capacity: 6 }),
  ],
});
const menu = menuFixture({
  dishes: menuFixture().dishes.map((dish) =>
    menuDishFixture({
      ...dish,
      contentLocale: "et",
      descriptionLocale: "et",
      name: dish.id === "dish_1" ? "Plov" : "Baklava",
      description: dish.description ? "Riis porgandi ja lambalihaga." : "",
      cook: dish.cook && { displayName: "Amina", story: "Õppisin vanaemalt.", cuisine: "Herat" },
      stall: dish.id === "dish_1" ? "Lett 1" : "Lett 2",
    }),
  ),
  stalls: menuFixture().stalls.map((stall) => ({
    ...stall,
    name: stall.id === "stall_1" ? "Lett 1" : "Lett 2",
  })),
});

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;
const festivalPath = /^\/api\/v1\/orgs\/demo\/events\/evt_fest$/;
const menuPath = /^\/api\/v1\/orgs\/demo\/festivals\/evt_fest\/menu$/;

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
});

/** Opens one way of taking part and waits for its form inside the visit page. */
async function openChoice(el: LitElement, audience: string, tag: string): Promise<Element> {
  query(el, `[data-choice="${audience}"] button`).click();
  await until(() => el.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector("form"), tag);
  return query(el, tag);
}

describe("<hearth-visits> in every language", () => {
  for (const lang of publicCodes) {
    it(`lists visits and opens one with its three sign-up forms in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events: [lahemaa, tartu], nextCursor: "page2" }))
        .install();
      check = new LanguageCheck(lang, "public").content(lahemaa, tartu);
      const el = await fixture<LitElement>(
        html`<hearth-visits org="demo" lang=${lang}></hearth-visits>`,
      );
      await check.inspect(el, "list", { until: '[part="list"]', axe: true });
      query(el, '[data-event="evt_visit_1"]').click();
      await el.updateComplete;
      const group = await openChoice(el, "visitor", "hearth-visit-group-form");
      await check.inspect(el, "group form");
      query(group, 'button[type="submit"]').click();
      await until(() => group.shadowRoot!.querySelector("#consent-error"), "errors");
      await check.inspect(el, "group form errors", { axe: true });
      await openChoice(el, "host", "hearth-visit-host-form");
      await check.inspect(el, "host form");
      await openChoice(el, "interpreter", "hearth-visit-interpreter-form");
      await check.inspect(el, "interpreter form");
      check.assertClean();
    });
  }
});

describe("<hearth-festival> in every language", () => {
  for (const lang of publicCodes) {
    it(`shows the festival, its stalls, menu and tickets, and an empty filter in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", festivalPath, ok({ event: vaoKöök }))
        .on("GET", menuPath, ok(menu), ok({ ...menu, dishes: [] }))
        .install();
      check = new LanguageCheck(lang, "public").content(vaoKöök, menu);
      const el = await fixture<LitElement>(
        html`<hearth-festival org="demo" festival="evt_fest" lang=${lang}></hearth-festival>`,
      );
      const tickets = () => el.shadowRoot!.querySelector("hearth-signup")?.shadowRoot;
      await until(() => el.shadowRoot!.querySelector('[part="menu"]'), "menu");
      await until(() => tickets()?.querySelector("form"), "ticket form");
      await check.inspect(el, "menu", { axe: true });
      query(el, "#diet-vegan").click();
      await check.inspect(el, "no dish matches", { until: '[part="empty"]' });
      check.assertClean();
    });
  }
});
