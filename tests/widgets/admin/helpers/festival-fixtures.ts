import type { AdminEvent } from "../../../../schema/contracts/admin/events.js";
import type {
  AdminApplication,
  AdminDish,
  AdminStall,
  LedgerResponse,
} from "../../../../schema/contracts/admin/festivals.js";
import { adminEventFixture } from "./fixtures.js";

export function festivalFixture(overrides: Partial<AdminEvent> = {}): AdminEvent {
  return adminEventFixture({
    id: "evt_f",
    kind: "festival",
    title: { et: "Toidufestival", en: "Food festival", ar: "" },
    startsAt: "2030-06-01T09:00:00.000Z",
    endsAt: "2030-06-01T17:00:00.000Z",
    ...overrides,
  });
}

export function dishFixture(overrides: Partial<AdminDish> = {}): AdminDish {
  return {
    id: "dsh_1",
    name: { uk: "Вареники", en: "Dumplings" },
    description: { uk: "З картоплею", en: "" },
    free: false,
    priceCents: 450,
    portions: 80,
    allergens: ["gluten", "milk"],
    allergensNone: false,
    dietLabels: ["vegetarian"],
    missingTranslations: ["et", "ar"],
    ...overrides,
  };
}

export function applicationFixture(overrides: Partial<AdminApplication> = {}): AdminApplication {
  return {
    id: "app_1",
    status: "submitted",
    displayName: "Olena",
    email: "olena@example.org",
    phone: null,
    locale: "uk",
    cuisine: "Ukrainian home cooking",
    story: null,
    consentPublic: true,
    dishes: [dishFixture()],
    stallNeeds: { power: true, water: false, table: true, equipment: false, helper: false },
    hygiene: "planned",
    hygieneExpiresOn: null,
    hygieneVerified: false,
    hygieneFlag: "missing",
    organiserMessage: null,
    organiserNote: null,
    stallId: null,
    submittedAt: "2030-04-01T10:00:00.000Z",
    ...overrides,
  };
}

export function stallFixture(overrides: Partial<AdminStall> = {}): AdminStall {
  return {
    id: "stl_1",
    name: "A1",
    power: true,
    water: false,
    covered: true,
    planX: 1,
    planY: 2,
    applicationId: null,
    ...overrides,
  };
}

export function ledgerFixture(overrides: Partial<LedgerResponse> = {}): LedgerResponse {
  return {
    entries: [
      {
        id: "led_1",
        applicationId: "app_1",
        kind: "ingredients",
        amountCents: 1240,
        note: null,
        at: "2030-06-01T08:00:00.000Z",
      },
    ],
    perCook: [
      {
        applicationId: "app_1",
        displayName: "Olena",
        ingredientsCents: 1240,
        takingsCents: 5000,
        balanceCents: 3760,
      },
    ],
    totals: { ingredientsCents: 1240, takingsCents: 5000, balanceCents: 3760 },
    ...overrides,
  };
}
