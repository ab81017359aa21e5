import type { PublicEvent, PublicSlot, SignUpSites } from "../../../schema/contracts/events.js";
import type {
  ApplicationView,
  DishView,
  MenuDish,
  MenuResponse,
  MenuStall,
} from "../../../schema/contracts/festivals.js";
import type { RegistrationView, SignUpResponse } from "../../../schema/contracts/registrations.js";
import type {
  PublicRole,
  PublicShift,
  ShiftsResponse,
  VolunteerView,
} from "../../../schema/contracts/volunteers.js";

export function slotFixture(overrides: Partial<PublicSlot> = {}): PublicSlot {
  return {
    id: "slot_1",
    label: "Evening",
    startsAt: "2030-03-05T16:00:00.000Z",
    endsAt: "2030-03-05T18:00:00.000Z",
    audience: "attendee",
    labelLang: "en",
    stopId: null,
    capacity: 20,
    remaining: 8,
    waitlistCapacity: 10,
    waitlistRemaining: 10,
    held: 0,
    ...overrides,
  };
}

export function eventFixture(overrides: Partial<PublicEvent> = {}): PublicEvent {
  return {
    id: "evt_1",
    kind: "meetup",
    status: "published",
    questions: [],
    series: null,
    langs: { title: "en", summary: "en", description: "en", accessibilityNotes: "en" },
    title: "Language café",
    summary: "Practise the language over tea.",
    description: "Practise the language over tea.\n\nBeginners are welcome.",
    venueName: "City Library",
    venueAddress: "Main Street 1",
    region: "Centre",
    retentionDays: 30,
    onlineUrl: null,
    startsAt: "2030-03-05T16:00:00.000Z",
    endsAt: "2030-03-05T18:00:00.000Z",
    timeZone: "Europe/Tallinn",
    signupOpensAt: null,
    signupClosesAt: null,
    signupOpen: true,
    languages: ["et", "en"],
    interpretation: ["uk"],
    accessibilityNotes: "Step-free entrance from the park side.",
    calendarUrl: "https://hearth.test/api/v1/orgs/demo/events/evt_1/calendar.ics",
    slots: [slotFixture()],
    itinerary: [],
    pickupPoints: [],
    ...overrides,
  };
}

export function signUpFixture(
  overrides: Partial<SignUpResponse["registration"]> = {},
): SignUpResponse {
  return {
    registration: {
      id: "reg_1",
      status: "confirmed",
      position: null,
      shortCode: "K7QH3M",
      manageUrl: "https://hearth.test/manage/?registration=reg_1#token=secret",
      calendarUrl: "https://hearth.test/api/v1/orgs/demo/events/evt_1/calendar.ics",
      ...overrides,
    },
  };
}

export function registrationFixture(overrides: Partial<RegistrationView> = {}): RegistrationView {
  return {
    id: "reg_1",
    status: "confirmed",
    position: null,
    offer: null,
    answers: [],
    shortCode: "K7QH3M",
    adults: 2,
    children: 1,
    name: "Sam",
    email: null,
    phone: null,
    locale: "en",
    needs: { interpreterLanguage: null, accessibility: null, dietary: null },
    visit: { languages: null, pickupPoint: null, offer: null, wheelchairPlaces: 0 },
    attendance: { confirmedAt: null, checkedInAt: null, noShowAt: null },
    consentAt: "2030-03-01T10:00:00.000Z",
    createdAt: "2030-03-01T10:00:00.000Z",
    cancelledAt: null,
    erased: false,
    calendarUrl: "https://hearth.test/api/v1/registrations/reg_1/calendar.ics?key=cal-key",
    calendarLinks: {
      google: "https://calendar.google.com/calendar/render?action=TEMPLATE&text=Language+caf%C3%A9",
      outlook:
        "https://outlook.live.com/calendar/0/action/compose?rru=addevent&subject=Language+caf%C3%A9",
    },
    event: {
      id: "evt_1",
      organisation: "demo",
      title: "Language café",
      contentLocale: "en",
      startsAt: "2030-03-05T16:00:00.000Z",
      endsAt: "2030-03-05T18:00:00.000Z",
      timeZone: "Europe/Tallinn",
      venueName: "City Library",
      venueAddress: "Main Street 1",
      onlineUrl: null,
      calendarUrl: "https://hearth.test/api/v1/orgs/demo/events/evt_1/calendar.ics",
    },
    slot: {
      id: "slot_1",
      label: "Evening",
      startsAt: "2030-03-05T16:00:00.000Z",
      endsAt: "2030-03-05T18:00:00.000Z",
    },
    ...overrides,
  };
}

/** A visit with a bus (two pick-up points), two stops with hosts, and an interpreter place. */
export function visitFixture(overrides: Partial<PublicEvent> = {}): PublicEvent {
  return eventFixture({
    id: "evt_visit_1",
    kind: "visit",
    title: "Lahemaa: bog walk and a farm",
    summary: "A day in the national park.",
    description: "A day in the national park.\n\nLunch is on a farm.",
    venueName: null,
    venueAddress: null,
    region: "Lääne-Viru",
    startsAt: "2030-05-10T06:00:00.000Z",
    endsAt: "2030-05-10T15:00:00.000Z",
    languages: ["et", "en"],
    interpretation: ["uk", "ar"],
    itinerary: [
      {
        id: "stop_2",
        position: 2,
        place: "Palmse farm",
        address: "Palmse 1",
        arrivesAt: "2030-05-10T09:30:00.000Z",
        activity: "Lunch with the farmers.",
        accessibility: "Step-free yard; toilets with a ramp.",
        langs: { place: "en", activity: "en", accessibility: "en" },
      },
      {
        id: "stop_1",
        position: 1,
        place: "Viru bog boardwalk",
        address: null,
        arrivesAt: "2030-05-10T07:30:00.000Z",
        activity: "A short walk on the boardwalk.",
        accessibility: "Boardwalk with steps; not for wheelchairs.",
        langs: { place: "en", activity: "en", accessibility: "en" },
      },
    ],
    pickupPoints: [
      {
        id: "pp_1",
        name: "Vao centre",
        address: "Vao küla",
        departsAt: "2030-05-10T06:00:00.000Z",
      },
      {
        id: "pp_2",
        name: "Tallinn bus station",
        address: null,
        departsAt: "2030-05-10T06:45:00.000Z",
      },
    ],
    slots: [
      slotFixture({
        id: "slot_seats",
        label: "Seats",
        audience: "visitor",
        capacity: 30,
        remaining: 5,
      }),
      slotFixture({
        id: "slot_host_1",
        label: "Host",
        audience: "host",
        stopId: "stop_1",
        capacity: 1,
        remaining: 0,
        waitlistRemaining: 0,
      }),
      slotFixture({
        id: "slot_host_2",
        label: "Host",
        audience: "host",
        stopId: "stop_2",
        capacity: 2,
        remaining: 2,
      }),
      slotFixture({
        id: "slot_interp",
        label: "Interpreters",
        audience: "interpreter",
        capacity: 2,
        remaining: 1,
      }),
    ],
    ...overrides,
  });
}

/** Vao Kitchen: a festival with free attendee tickets and a volunteer shift. */
export function festivalFixture(overrides: Partial<PublicEvent> = {}): PublicEvent {
  return eventFixture({
    id: "evt_fest",
    kind: "festival",
    title: "Vao Kitchen",
    summary: "Dishes from many kitchens, cooked by our new neighbours.",
    description: "Dishes from many kitchens, cooked by our new neighbours.\n\nFree entry.",
    venueName: "Vao village square",
    venueAddress: "Vao küla",
    slots: [
      slotFixture({ id: "slot_guests", label: "Guests", audience: "attendee", capacity: 300 }),
      slotFixture({ id: "slot_setup", label: "Setting up", audience: "volunteer", capacity: 6 }),
    ],
    ...overrides,
  });
}

export function dishViewFixture(overrides: Partial<DishView> = {}): DishView {
  return {
    id: "dish_1",
    name: "Plov",
    description: "Rice with carrots and lamb.",
    free: false,
    priceCents: 450,
    portions: 40,
    allergens: [],
    allergensNone: true,
    dietLabels: ["halal"],
    ...overrides,
  };
}

/** A draft with only step 1 answered. */
export function applicationFixture(overrides: Partial<ApplicationView> = {}): ApplicationView {
  return {
    id: "app_1",
    status: "draft",
    editable: true,
    festival: {
      id: "evt_fest",
      organisation: "demo",
      title: "Vao Kitchen",
      contentLocale: "en",
      startsAt: "2030-06-20T10:00:00.000Z",
      deadline: "2030-06-01T20:59:59.000Z",
      retentionDays: 30,
    },
    displayName: "Amina",
    email: null,
    phone: null,
    locale: "en",
    cuisine: null,
    story: null,
    dishes: [],
    stallNeeds: { power: false, water: false, table: false, equipment: false, helper: false },
    hygiene: null,
    hygieneExpiresOn: null,
    consentPublic: false,
    organiserMessage: null,
    stall: null,
    submittedAt: null,
    erased: false,
    ...overrides,
  };
}

/** Every step answered; ready to send. */
export function completeApplicationFixture(
  overrides: Partial<ApplicationView> = {},
): ApplicationView {
  return applicationFixture({
    phone: "+372 5555 0101",
    cuisine: "Home cooking from Herat",
    dishes: [dishViewFixture()],
    stallNeeds: { power: true, water: false, table: true, equipment: false, helper: false },
    hygiene: "planned",
    consentPublic: true,
    story: "I learnt from my grandmother.",
    ...overrides,
  });
}

export function menuDishFixture(overrides: Partial<MenuDish> = {}): MenuDish {
  return {
    id: "dish_1",
    name: "Plov",
    description: "Rice with carrots and lamb.",
    contentLocale: "en",
    descriptionLocale: "en",
    free: false,
    priceCents: 450,
    allergens: [],
    allergensNone: true,
    dietLabels: ["halal"],
    cook: { displayName: "Amina", story: "I learnt from my grandmother.", cuisine: "Herat" },
    stall: "Stall 1",
    ...overrides,
  };
}

export function menuStallFixture(overrides: Partial<MenuStall> = {}): MenuStall {
  return {
    id: "stall_1",
    name: "Stall 1",
    power: true,
    water: false,
    covered: true,
    planX: 0,
    planY: 0,
    cook: "Amina",
    ...overrides,
  };
}

export function menuFixture(overrides: Partial<MenuResponse> = {}): MenuResponse {
  return {
    stalls: [
      menuStallFixture(),
      menuStallFixture({ id: "stall_2", name: "Stall 2", planX: 1, cook: null }),
    ],
    dishes: [
      menuDishFixture(),
      menuDishFixture({
        id: "dish_2",
        name: "Baklava",
        description: "",
        free: true,
        priceCents: null,
        allergens: ["gluten", "nuts", "milk"],
        allergensNone: false,
        dietLabels: ["vegetarian"],
        cook: null,
        stall: "Stall 2",
      }),
    ],
    ...overrides,
  };
}

export function roleFixture(overrides: Partial<PublicRole> = {}): PublicRole {
  return {
    id: "role_kitchen",
    name: "Kitchen helper",
    description: "Wash, chop and serve with the cooks.",
    langs: { name: "en", description: "en" },
    requirements: ["food_hygiene"],
    minimumAge: null,
    ...overrides,
  };
}

export function shiftFixture(overrides: Partial<PublicShift> = {}): PublicShift {
  return {
    id: "shift_1",
    eventId: "evt_1",
    eventTitle: "Vao Kitchen",
    timeZone: "Europe/Tallinn",
    roleId: "role_kitchen",
    label: "Morning",
    langs: { eventTitle: "en", label: "en" },
    startsAt: "2030-03-05T07:00:00.000Z",
    endsAt: "2030-03-05T10:00:00.000Z",
    capacity: 4,
    taken: 2,
    minimum: 2,
    remaining: 2,
    ...overrides,
  };
}

/** Two days; day one has a kitchen and a driver role, a full shift, and two overlapping shifts. */
export function shiftsFixture(overrides: Partial<ShiftsResponse> = {}): ShiftsResponse {
  return {
    defaultLocale: "en",
    ...signUpSitesFixture(),
    retentionDays: 30,
    roles: [
      roleFixture(),
      roleFixture({
        id: "role_driver",
        name: "Driver",
        description: "Bring the food from the market.",
        requirements: ["driving_licence", "min_age"],
        minimumAge: 21,
      }),
    ],
    shifts: [
      shiftFixture(),
      shiftFixture({
        id: "shift_2",
        label: "Lunch",
        startsAt: "2030-03-05T10:00:00.000Z",
        endsAt: "2030-03-05T13:00:00.000Z",
        taken: 4,
        remaining: 0,
      }),
      shiftFixture({
        id: "shift_3",
        roleId: "role_driver",
        label: "Market run",
        startsAt: "2030-03-05T09:00:00.000Z",
        endsAt: "2030-03-05T11:00:00.000Z",
        capacity: 1,
        taken: 0,
        remaining: 1,
      }),
      shiftFixture({
        id: "shift_4",
        label: "Evening",
        startsAt: "2030-03-06T15:00:00.000Z",
        endsAt: "2030-03-06T18:00:00.000Z",
      }),
    ],
    graceMinutes: 30,
    ...overrides,
  };
}

export function volunteerFixture(overrides: Partial<VolunteerView> = {}): VolunteerView {
  return {
    id: "vol_1",
    name: "Sam",
    email: "sam@example.org",
    phone: null,
    locale: "en",
    languages: ["en", "uk"],
    declarations: { foodHygiene: true, drivingLicence: false, introduction: false, age: null },
    shifts: [
      {
        registrationId: "vreg_1",
        shiftId: "shift_1",
        eventId: "evt_1",
        eventTitle: "Vao Kitchen",
        roleName: "Kitchen helper",
        startsAt: "2030-03-05T07:00:00.000Z",
        endsAt: "2030-03-05T10:00:00.000Z",
        timeZone: "Europe/Tallinn",
        status: "confirmed",
      },
      {
        registrationId: "vreg_2",
        shiftId: "shift_4",
        eventId: "evt_1",
        eventTitle: "Vao Kitchen",
        roleName: "Kitchen helper",
        startsAt: "2030-03-06T15:00:00.000Z",
        endsAt: "2030-03-06T18:00:00.000Z",
        timeZone: "Europe/Tallinn",
        status: "confirmed",
      },
    ],
    calendarUrl: "https://hearth.test/api/v1/volunteers/vol_1/calendar/secret-feed.ics",
    ...overrides,
  };
}

/** Sign-ups are open from the page the tests run on, and the organisation has a Hearth page. */
export function signUpSitesFixture(overrides: Partial<SignUpSites> = {}): SignUpSites {
  return {
    signupOrigins: [location.origin],
    signupPageUrl: "https://hearth.test/signup/?org=demo",
    ...overrides,
  };
}
