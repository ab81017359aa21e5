import { env } from "cloudflare:test";
import { drizzle } from "drizzle-orm/d1";
import { eq } from "drizzle-orm";
import { app } from "../../worker/app.js";
import { events, organisations, registrations, slots } from "../../schema/tables/index.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";

export const allowedOrigin = "https://city.example";
export const day = 24 * 60 * 60 * 1000;

const db = () => drizzle(env.DB);
const unique = () => crypto.randomUUID().slice(0, 8);

export async function createOrganisation(
  overrides: Partial<typeof organisations.$inferInsert> = {},
) {
  const id = `org_${unique()}`;
  const row = {
    id,
    slug: `city-${unique()}`,
    name: "Test City",
    kind: "municipality" as const,
    defaultLocale: "en",
    locales: ["en", "es", "ar"],
    timeZone: "Europe/Tallinn",
    allowedOrigins: [allowedOrigin],
    retentionDays: 30,
    createdAt: Date.now(),
    ...overrides,
  };
  await db().insert(organisations).values(row);
  return row;
}

export async function createEvent(
  organisationId: string,
  overrides: Partial<typeof events.$inferInsert> = {},
) {
  const startsAt = overrides.startsAt ?? Date.now() + 7 * day;
  const row = {
    id: `evt_${unique()}`,
    organisationId,
    kind: "meetup" as const,
    status: "published" as const,
    title: { en: "Language café", es: "Café de idiomas", ar: "مقهى اللغة" },
    summary: { en: "Practise together" },
    description: { en: "Bring a friend" },
    venueName: "Library",
    venueAddress: "Main Street 1",
    region: "Harju",
    onlineUrl: null,
    startsAt,
    endsAt: startsAt + 2 * 60 * 60 * 1000,
    timeZone: "Europe/Tallinn",
    signupOpensAt: null,
    signupClosesAt: null,
    languages: ["et", "en"],
    interpretation: ["ar"],
    accessibilityNotes: { en: "Step-free" },
    createdAt: Date.now(),
    updatedAt: Date.now(),
    ...overrides,
  };
  await db().insert(events).values(row);
  return row;
}

export async function createSlot(
  event: { id: string; organisationId: string; startsAt: number; endsAt: number },
  overrides: Partial<typeof slots.$inferInsert> = {},
) {
  const row = {
    id: `slt_${unique()}`,
    organisationId: event.organisationId,
    eventId: event.id,
    label: { en: "Evening" },
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    audience: "attendee",
    capacity: 20,
    waitlistCapacity: 0,
    ...overrides,
  };
  await db().insert(slots).values(row);
  return row;
}

/** An organisation with one published event and one slot, ready for sign-ups. */
export async function createBookableSlot(slot: Partial<typeof slots.$inferInsert> = {}) {
  const organisation = await createOrganisation();
  const event = await createEvent(organisation.id);
  return { organisation, event, slot: await createSlot(event, slot) };
}

export function signUpBody(slotId: string, overrides: Partial<SignUpBody> = {}): SignUpBody {
  return {
    slotId,
    adults: 1,
    children: 0,
    name: "Amina",
    email: "amina@example.org",
    locale: "en",
    consent: true,
    fillMs: 5000,
    ...overrides,
  };
}

/**
 * A form's fields as a browser posts them (`application/x-www-form-urlencoded`): a list is one
 * field repeated (checkboxes), `null` a field left out.
 */
export function formBody(fields: Readonly<Record<string, string | readonly string[] | null>>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const one of value === null ? [] : [value].flat()) body.append(name, one);
  }
  return body;
}

/**
 * A first screen's form as its show code posts it (`widgets/shared/first-screen-send.ts`): its
 * fields urlencoded, an `Idempotency-Key`, from a website the organisation allows.
 */
export const sendFirstScreenForm = (
  path: string,
  fields: Readonly<Record<string, string | readonly string[] | null>>,
  key: string = crypto.randomUUID(),
) =>
  request(path, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Idempotency-Key": key,
      Origin: allowedOrigin,
    },
    body: formBody(fields).toString(),
  });

export async function request(
  path: string,
  init: RequestInit = {},
  bindings: Partial<Env> = {},
): Promise<Response> {
  return app.request(path, init, { ...env, ...bindings });
}

export function postSignUp(
  organisationSlug: string,
  eventId: string,
  body: unknown,
  options: {
    key?: string | null;
    origin?: string | null;
    headers?: Record<string, string>;
    bindings?: Partial<Env>;
  } = {},
) {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    ...options.headers,
  };
  const key = options.key === undefined ? crypto.randomUUID() : options.key;
  if (key !== null) headers["Idempotency-Key"] = key;
  const origin = options.origin === undefined ? allowedOrigin : options.origin;
  if (origin !== null) headers.Origin = origin;
  return request(
    `/api/v1/orgs/${organisationSlug}/events/${eventId}/registrations`,
    { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) },
    options.bindings,
  );
}

export async function readSlot(slotId: string) {
  const row = await db().select().from(slots).where(eq(slots.id, slotId)).get();
  if (!row) throw new Error(`slot ${slotId} is missing`);
  return row;
}

export function registrationsOf(slotId: string) {
  return db().select().from(registrations).where(eq(registrations.slotId, slotId)).all();
}

/** Sums the party sizes per status: what the slot's counters must equal. */
export async function partyTotals(slotId: string) {
  const rows = await registrationsOf(slotId);
  const sum = (status: string) =>
    rows
      .filter((row) => row.status === status)
      .reduce((total, row) => total + row.adults + row.children, 0);
  return {
    confirmed: sum("confirmed"),
    offered: sum("offered"),
    waitlisted: sum("waitlisted"),
    rows,
  };
}

export function tokenOf(manageUrl: string): string {
  return new URL(manageUrl).hash.replace("#token=", "");
}
