import type { AdminEvent } from "../../../../schema/contracts/admin/events.js";
import type {
  AdminRole,
  BoardShift,
  BoardVolunteer,
  HoursResponse,
  ShiftBoardResponse,
} from "../../../../schema/contracts/admin/volunteers.js";
import { adminEventFixture, adminSlotFixture } from "./fixtures.js";

export function roleFixture(overrides: Partial<AdminRole> = {}): AdminRole {
  return {
    id: "rol_kitchen",
    name: { et: "Köök", en: "Kitchen", ar: "المطبخ" },
    description: { en: "Cooking and serving." },
    requirements: ["food_hygiene"],
    minimumAge: null,
    ...overrides,
  };
}

export function boardVolunteerFixture(overrides: Partial<BoardVolunteer> = {}): BoardVolunteer {
  return {
    registrationId: "reg_1",
    volunteerId: "vol_1",
    name: "Aino",
    email: "aino@example.org",
    phone: "+372 5555 1234",
    languages: ["et", "uk"],
    checkedInAt: null,
    noShowAt: null,
    ...overrides,
  };
}

export function shiftFixture(overrides: Partial<BoardShift> = {}): BoardShift {
  return {
    id: "slot_k1",
    roleId: "rol_kitchen",
    label: { en: "Morning kitchen" },
    startsAt: "2030-06-01T06:00:00.000Z",
    endsAt: "2030-06-01T10:00:00.000Z",
    capacity: 4,
    taken: 1,
    minimum: 2,
    state: "under",
    volunteers: [boardVolunteerFixture()],
    ...overrides,
  };
}

/** Kitchen under-staffed in the morning and full later; drivers OK in the morning. */
export function boardFixture(overrides: Partial<ShiftBoardResponse> = {}): ShiftBoardResponse {
  return {
    roles: [
      roleFixture(),
      roleFixture({
        id: "rol_driver",
        name: { en: "Driver", ar: "سائق" },
        requirements: ["driving_licence"],
      }),
    ],
    shifts: [
      shiftFixture(),
      shiftFixture({
        id: "slot_k2",
        label: { en: "Afternoon kitchen" },
        startsAt: "2030-06-01T10:00:00.000Z",
        endsAt: "2030-06-01T14:00:00.000Z",
        capacity: 2,
        taken: 2,
        state: "full",
        volunteers: [
          boardVolunteerFixture({
            registrationId: "reg_2",
            volunteerId: "vol_2",
            name: "Omar",
            email: null,
            languages: ["ar"],
          }),
          boardVolunteerFixture({
            registrationId: "reg_3",
            volunteerId: "vol_3",
            name: "Lea",
            phone: null,
            email: "lea@example.org",
          }),
        ],
      }),
      shiftFixture({
        id: "slot_d1",
        roleId: "rol_driver",
        label: {},
        capacity: 3,
        taken: 2,
        minimum: 2,
        state: "ok",
        volunteers: [
          boardVolunteerFixture({ registrationId: "reg_4", volunteerId: "vol_4", name: "Mihkel" }),
          boardVolunteerFixture({
            registrationId: "reg_5",
            volunteerId: "vol_5",
            name: "Sara",
            email: "sara@example.org",
          }),
        ],
      }),
    ],
    ...overrides,
  };
}

export function volunteerEventFixture(overrides: Partial<AdminEvent> = {}): AdminEvent {
  return adminEventFixture({
    id: "evt_f",
    kind: "festival",
    title: { en: "Summer festival", ar: "مهرجان الصيف" },
    slots: [
      adminSlotFixture({
        id: "slot_k1",
        audience: "volunteer",
        roleId: "rol_kitchen",
        minimum: 2,
        capacity: 4,
      }),
    ],
    ...overrides,
  });
}

export function hoursFixture(overrides: Partial<HoursResponse> = {}): HoursResponse {
  return {
    volunteers: [
      { volunteerId: "vol_1", name: "Aino", shifts: 1, minutes: 240 },
      { volunteerId: "vol_2", name: "Omar", shifts: 2, minutes: 485 },
    ],
    totalMinutes: 725,
    ...overrides,
  };
}
