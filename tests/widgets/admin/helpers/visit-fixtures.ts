import type { AdminEvent } from "../../../../schema/contracts/admin/events.js";
import type {
  FeedbackSummary,
  Manifest,
  NeedsBoard,
} from "../../../../schema/contracts/admin/visits.js";
import { adminEventFixture, adminSlotFixture } from "./fixtures.js";

export function visitFixture(overrides: Partial<AdminEvent> = {}): AdminEvent {
  return adminEventFixture({
    id: "evt_v",
    kind: "visit",
    title: { et: "Külaskäik Tartusse", en: "Visit to Tartu", ar: "" },
    startsAt: "2030-05-10T06:00:00.000Z",
    endsAt: "2030-05-10T15:00:00.000Z",
    itinerary: [
      {
        id: "stp_2",
        position: 1,
        place: { en: "Farm", et: "Talu" },
        address: null,
        arrivesAt: "2030-05-10T10:00:00.000Z",
        activity: { en: "Lunch" },
        accessibility: {},
      },
      {
        id: "stp_1",
        position: 0,
        place: { en: "Town hall", et: "Raekoda" },
        address: "Raekoja plats 1",
        arrivesAt: "2030-05-10T08:00:00.000Z",
        activity: { en: "Welcome by the mayor" },
        accessibility: { en: "Step-free entrance" },
      },
    ],
    pickupPoints: [
      {
        id: "pck_1",
        position: 0,
        name: "Centre North",
        address: "Pikk 5",
        departsAt: "2030-05-10T06:00:00.000Z",
      },
    ],
    slots: [
      adminSlotFixture({ id: "slot_v", audience: "visitor", capacity: 40, taken: 12 }),
      adminSlotFixture({ id: "slot_h", audience: "host", stopId: "stp_1", capacity: 5, taken: 3 }),
      adminSlotFixture({ id: "slot_i", audience: "interpreter", capacity: 3, taken: 1 }),
    ],
    ...overrides,
  });
}

export function needsFixture(overrides: Partial<NeedsBoard> = {}): NeedsBoard {
  return {
    languagesNeeded: { uk: 9, ar: 4 },
    languagesCovered: { uk: 1 },
    gaps: ["ar"],
    visitors: { confirmedPeople: 13, adults: 9, children: 4, groups: 4 },
    seats: { capacity: 40, taken: 13, remaining: 27 },
    wheelchairPlaces: 2,
    dietary: [{ text: "Halal", groups: 2 }],
    hosts: [{ stopId: "stp_1", place: { en: "Town hall" }, capacity: 5, taken: 3 }],
    ...overrides,
  };
}

export function manifestFixture(): Manifest {
  return {
    event: {
      id: "evt_v",
      title: { en: "Visit to Tartu" },
      startsAt: "2030-05-10T06:00:00.000Z",
      endsAt: "2030-05-10T15:00:00.000Z",
      timeZone: "Europe/Tallinn",
    },
    pickupPoints: [
      {
        id: "pck_1",
        name: "Centre North",
        address: "Pikk 5",
        departsAt: "2030-05-10T06:00:00.000Z",
        groups: [
          {
            code: "K7M2QX",
            contact: "Olena",
            phone: "+372 5555 1234",
            adults: 2,
            children: 1,
            languages: ["uk"],
            wheelchairPlaces: 1,
          },
        ],
      },
    ],
    stops: [
      {
        id: "stp_1",
        place: { en: "Town hall" },
        address: "Raekoja plats 1",
        arrivesAt: "2030-05-10T08:00:00.000Z",
        hosts: [{ name: "Mart", phone: "+372 5000 0000", offer: "Tour of the hall" }],
      },
    ],
    interpreters: [{ name: "Iryna", phone: null, languages: ["uk", "ru"] }],
  };
}

export function feedbackFixture(overrides: Partial<FeedbackSummary> = {}): FeedbackSummary {
  return {
    responses: 10,
    average: 4.2,
    distribution: [0, 1, 1, 3, 5],
    byAudience: {
      visitor: { responses: 8, average: 4.3 },
      host: { responses: 2, average: 3.5 },
    },
    comments: [
      {
        audience: "visitor",
        score: 5,
        comment: "The farm lunch was lovely.",
        at: "2030-05-11T10:00:00.000Z",
      },
    ],
    ...overrides,
  };
}
