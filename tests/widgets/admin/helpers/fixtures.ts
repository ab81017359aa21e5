import type { AdminEvent, AdminSlot } from "../../../../schema/contracts/admin/events.js";
import type { OutboxMessage } from "../../../../schema/contracts/admin/outbox.js";
import type {
  RosterEntry,
  RosterResponse,
  RosterTotals,
} from "../../../../schema/contracts/admin/roster.js";
import type { MeResponse, Role } from "../../../../schema/contracts/admin/session.js";
import type { OrganisationSettings } from "../../../../schema/contracts/admin/settings.js";
import type { TeamResponse } from "../../../../schema/contracts/admin/team.js";

export const demoOrg = {
  slug: "demo",
  name: "Demo City",
  defaultLocale: "et",
  locales: ["et", "en", "ar"],
  timeZone: "Europe/Tallinn",
};

export function meFixture(role: Role = "owner", overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    user: { id: "usr_1", email: "mari@example.org", displayName: "Mari", locale: "en" },
    memberships: [{ organisation: demoOrg, role }],
    ...overrides,
  };
}

export function adminSlotFixture(overrides: Partial<AdminSlot> = {}): AdminSlot {
  return {
    id: "slot_1",
    label: { et: "Õhtu", en: "Evening", ar: "" },
    startsAt: "2030-03-05T16:00:00.000Z",
    endsAt: "2030-03-05T18:00:00.000Z",
    audience: "attendee",
    stopId: null,
    roleId: null,
    minimum: 0,
    capacity: 20,
    taken: 12,
    waitlistCapacity: 10,
    waitlistTaken: 2,
    held: 0,
    ...overrides,
  };
}

export function adminEventFixture(overrides: Partial<AdminEvent> = {}): AdminEvent {
  return {
    id: "evt_1",
    kind: "meetup",
    status: "published",
    title: { et: "Keelekohvik", en: "Language café", ar: "" },
    summary: { et: "Räägime eesti keelt.", en: "Practise Estonian over tea.", ar: "" },
    description: { et: "", en: "Beginners welcome.", ar: "" },
    venueName: "City Library",
    venueAddress: "Main Street 1",
    region: "Centre",
    onlineUrl: null,
    feedbackUrl: null,
    cookDeadline: null,
    networkListing: null,
    series: null,
    itinerary: [],
    pickupPoints: [],
    startsAt: "2030-03-05T16:00:00.000Z",
    endsAt: "2030-03-05T18:00:00.000Z",
    timeZone: "Europe/Tallinn",
    signupOpensAt: null,
    signupClosesAt: null,
    languages: ["et", "en"],
    interpretation: ["uk"],
    accessibilityNotes: { et: "", en: "Step-free entrance.", ar: "" },
    cancellationMessage: null,
    whatToBring: {},
    dayContact: null,
    waitlistOfferHours: null,
    version: 3,
    createdAt: "2030-01-01T10:00:00.000Z",
    updatedAt: "2030-01-02T10:00:00.000Z",
    slots: [adminSlotFixture()],
    missingTranslations: ["ar"],
    ...overrides,
  };
}

export function rosterEntryFixture(overrides: Partial<RosterEntry> = {}): RosterEntry {
  return {
    id: "reg_1",
    shortCode: "K7M2QX",
    status: "confirmed",
    position: null,
    offerExpiresAt: null,
    answers: {},
    slotId: "slot_1",
    adults: 2,
    children: 1,
    name: "Olena",
    email: null,
    phone: null,
    locale: "uk",
    needs: { interpreterLanguage: "uk", accessibility: null, dietary: "No pork" },
    consentSource: "online",
    createdAt: "2030-03-01T10:00:00.000Z",
    checkedInAt: null,
    noShowAt: null,
    erased: false,
    ...overrides,
  };
}

export function totalsFixture(overrides: Partial<RosterTotals> = {}): RosterTotals {
  return {
    confirmedPeople: 3,
    waitlistedPeople: 1,
    offeredPeople: 0,
    cancelledPeople: 0,
    adults: 2,
    children: 1,
    checkedInPeople: 0,
    interpreterLanguages: { uk: 3 },
    ...overrides,
  };
}

export function rosterFixture(entries: RosterEntry[] = [rosterEntryFixture()]): RosterResponse {
  return { entries, totals: totalsFixture(), nextCursor: null };
}

export function settingsFixture(
  overrides: Partial<OrganisationSettings> = {},
): OrganisationSettings {
  return {
    slug: "demo",
    name: "Demo City",
    kind: "municipality",
    defaultLocale: "et",
    locales: ["et", "en", "ar"],
    timeZone: "Europe/Tallinn",
    allowedOrigins: ["https://www.demo.example"],
    theme: { "color-primary": "#0b57d0" },
    retentionDays: 30,
    version: 7,
    ...overrides,
  };
}

export function teamFixture(): TeamResponse {
  return {
    members: [
      {
        userId: "usr_1",
        email: "mari@example.org",
        displayName: "Mari",
        role: "owner",
        since: "2030-01-01T10:00:00.000Z",
      },
      {
        userId: "usr_2",
        email: "jaan@example.org",
        displayName: "Jaan",
        role: "organiser",
        since: "2030-01-02T10:00:00.000Z",
      },
    ],
    invitations: [
      {
        id: "inv_1",
        email: "new@example.org",
        role: "coordinator",
        expiresAt: "2030-02-01T10:00:00.000Z",
      },
    ],
  };
}

export function outboxMessageFixture(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
  return {
    id: "msg_1",
    kind: "confirmed",
    status: "failed",
    attempts: 5,
    lastError: "550 Mailbox unavailable",
    createdAt: "2030-03-01T10:00:00.000Z",
    nextAttemptAt: "2030-03-01T12:00:00.000Z",
    sentAt: null,
    registration: { id: "reg_1", shortCode: "K7M2QX", eventId: "evt_1" },
    ...overrides,
  };
}
