import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type {
  RegistrationResponse,
  SignUpResponse,
} from "../../../schema/contracts/registrations.js";
import {
  allowedOrigin,
  createBookableSlot,
  partyTotals,
  postSignUp,
  readSlot,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

async function signUp(slot: Partial<Parameters<typeof createBookableSlot>[0]> = {}) {
  const booking = await createBookableSlot(slot);
  const response = await postSignUp(
    booking.organisation.slug,
    booking.event.id,
    signUpBody(booking.slot.id, {
      adults: 2,
      phone: "+372 5555 1234",
      needs: { interpreterLanguage: "Dari" },
    }),
  );
  const { registration } = await response.json<SignUpResponse>();
  return { ...booking, registration, token: tokenOf(registration.manageUrl) };
}

const manage = (id: string, token: string | null, init: RequestInit = {}) =>
  request(`/api/v1/registrations/${id}${init.method === "POST" ? "/erase" : ""}`, {
    ...init,
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      Origin: allowedOrigin,
      ...init.headers,
    },
  });

describe("the manage link", () => {
  it("shows the person their own sign-up, with their data for export", async () => {
    const { registration, token, event } = await signUp();
    const response = await manage(registration.id, token);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json<RegistrationResponse>();
    expect(body.registration).toMatchObject({
      id: registration.id,
      status: "confirmed",
      adults: 2,
      phone: "+372 5555 1234",
      needs: { interpreterLanguage: "Dari" },
      erased: false,
      event: { id: event.id, title: "Language café", timeZone: "Europe/Tallinn" },
    });
    // Google Calendar and Outlook get the title, the time and the place — never the token.
    const google = new URL(body.registration.calendarLinks.google);
    expect(google.searchParams.get("text")).toBe("Language café");
    expect(google.searchParams.get("location")).toBe("Library, Main Street 1");
    expect(google.searchParams.get("dates")).toMatch(/^\d{8}T\d{6}Z\/\d{8}T\d{6}Z$/);
    const outlook = new URL(body.registration.calendarLinks.outlook);
    expect(outlook.searchParams.get("startdt")).toBe(
      body.registration.event.startsAt.replace(/\.\d{3}Z$/, "Z"),
    );
    for (const link of Object.values(body.registration.calendarLinks)) {
      expect(link).not.toContain(token);
    }
  });

  it("answers 401 without a token and 404 for a wrong token or unknown id, alike", async () => {
    const { registration, token } = await signUp();
    const missing = await manage(registration.id, null);
    expect(missing.status).toBe(401);
    expect((await missing.json<ErrorEnvelope>()).error.code).toBe("unauthorized");
    const wrong = await manage(registration.id, `${token.slice(0, -2)}xx`);
    const unknown = await manage("reg_unknown", token);
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("cancels, frees the places, and answers the same when cancelled twice", async () => {
    const { registration, token, slot } = await signUp();
    expect((await readSlot(slot.id)).taken).toBe(2);
    const first = await manage(registration.id, token, { method: "DELETE" });
    expect(first.status).toBe(200);
    expect((await first.json<RegistrationResponse>()).registration.status).toBe("cancelled");
    expect((await readSlot(slot.id)).taken).toBe(0);
    const again = await manage(registration.id, token, { method: "DELETE" });
    expect(again.status).toBe(200);
    expect((await readSlot(slot.id)).taken).toBe(0);
  });

  it("refuses a cancellation from an origin the organisation has not allowed", async () => {
    const { registration, token, slot } = await signUp();
    const response = await manage(registration.id, token, {
      method: "DELETE",
      headers: { Origin: "https://evil.example" },
    });
    expect(response.status).toBe(403);
    expect((await readSlot(slot.id)).taken).toBe(2);
  });

  it("erases the person's data, frees the places and promotes the waitlist in one go", async () => {
    const { registration, token, slot, organisation, event } = await signUp({
      capacity: 2,
      waitlistCapacity: 4,
    });
    const waiting = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { adults: 2 }),
    );
    const waitingId = (await waiting.json<SignUpResponse>()).registration.id;

    const response = await manage(registration.id, token, { method: "POST" });
    expect(response.status).toBe(200);
    const body = await response.json<RegistrationResponse>();
    expect(body.registration).toMatchObject({
      status: "cancelled",
      erased: true,
      name: "",
      phone: null,
      email: null,
    });
    expect(body.registration.needs).toEqual({
      interpreterLanguage: null,
      accessibility: null,
      dietary: null,
    });

    const rows = (await partyTotals(slot.id)).rows;
    const erased = rows.find((row) => row.id === registration.id)!;
    expect([erased.name, erased.email, erased.phone, erased.interpreterLanguage]).toEqual([
      "",
      null,
      null,
      null,
    ]);
    expect(rows.find((row) => row.id === waitingId)?.status).toBe("confirmed");
    expect((await readSlot(slot.id)).taken).toBe(2);
  });
});

describe("CORS preflight", () => {
  it("allows a sign-up preflight only from the organisation's allowed origins", async () => {
    const { organisation, event } = await createBookableSlot();
    const preflight = (origin: string) =>
      request(`/api/v1/orgs/${organisation.slug}/events/${event.id}/registrations`, {
        method: "OPTIONS",
        headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
      });
    const allowed = await preflight(allowedOrigin);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    expect(allowed.headers.get("Access-Control-Allow-Headers")).toContain("Idempotency-Key");
    expect(allowed.headers.get("Access-Control-Allow-Credentials")).toBeNull();
    const refused = await preflight("https://evil.example");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("allows reads with a manage token from any origin, but cancellation only from allowed ones", async () => {
    const { registration } = await signUp();
    const preflight = (method: string) =>
      request(`/api/v1/registrations/${registration.id}`, {
        method: "OPTIONS",
        headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": method },
      });
    const read = await preflight("GET");
    expect(read.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(read.headers.get("Access-Control-Allow-Headers")).toContain("Authorization");
    expect((await preflight("DELETE")).status).toBe(403);
  });
});
