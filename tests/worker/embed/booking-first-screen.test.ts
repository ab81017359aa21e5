import { describe, expect, it } from "vitest";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import {
  allowedOrigin,
  createBookableSlot,
  postSignUp,
  readSlot,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

async function signUp(locale = "ar") {
  const booking = await createBookableSlot({ capacity: 5 });
  const response = await postSignUp(
    booking.organisation.slug,
    booking.event.id,
    signUpBody(booking.slot.id, { adults: 2, children: 1, locale, name: "مريم" }),
  );
  const { registration } = await response.json<SignUpResponse>();
  return { ...booking, registration, token: tokenOf(registration.manageUrl) };
}

const firstScreen = (
  id: string,
  token: string | null,
  { query = "tz=UTC", method = "GET", origin = allowedOrigin } = {},
) =>
  request(`/api/v1/registrations/${id}/first-screen?${query}`, {
    method,
    headers: {
      ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
      Origin: origin,
      ...(method === "POST"
        ? { "Content-Type": "application/x-www-form-urlencoded", "Idempotency-Key": "k1" }
        : {}),
    },
    ...(method === "POST" ? { body: "fillMs=4000" } : {}),
  });

describe("GET /api/v1/registrations/:id/first-screen", () => {
  it("draws the person's own sign-up as the manage page's widget does, in the language they signed up in, never kept", async () => {
    const { registration, token } = await signUp("ar");
    const response = await firstScreen(registration.id, token, { query: "tz=Europe/Tallinn" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const markup = await response.text();
    expect(markup).toMatch(
      /^<div part="base" class="base" lang="ar" dir="rtl" data-first-screen data-status="confirmed">/,
    );
    expect(markup).toContain('<article part="card" class="card panel">');
    expect(markup).toContain("<dd>مريم</dd>");
    // The party in Arabic words; the door code; the actions and the data section.
    expect(markup).toMatch(/<dd>[^<]*بالغ[^<]*<\/dd>/);
    expect(markup).toContain(`<bdi class="code" lang="en">${registration.shortCode}</bdi>`);
    expect(markup).toContain('class="button danger cancel"');
    expect(markup).toContain('<section part="my-data" class="my-data panel"');
    // Its "Do you want to cancel?" step, which sends itself.
    expect(markup).toMatch(/<form class="confirm panel" [^>]*data-sends hidden>/);
  });

  it("speaks the page's language when it asks for one", async () => {
    const { registration, token } = await signUp("ar");
    const markup = await (
      await firstScreen(registration.id, token, { query: "lang=uk&tz=UTC" })
    ).text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="uk" dir="ltr"/);
  });

  it("opens nothing without the right token, and refuses a bad time zone", async () => {
    const { registration, token } = await signUp();
    expect((await firstScreen(registration.id, null)).status).toBe(401);
    expect((await firstScreen(registration.id, "not-the-token")).status).toBe(404);
    expect((await firstScreen("reg_nobody", token)).status).toBe(404);
    expect((await firstScreen(registration.id, token, { query: "tz=Mars/Base" })).status).toBe(422);
  });
});

describe("POST /api/v1/registrations/:id/first-screen (cancel)", () => {
  it("cancels the sign-up its token opens and answers the page as it is now, the outcome said", async () => {
    const { registration, token, slot } = await signUp("ar");
    expect((await readSlot(slot.id)).taken).toBe(3);
    const response = await firstScreen(registration.id, token, { method: "POST" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    const markup = await response.text();
    expect(markup).toMatch(/^<div data-replaces data-outcome="[^"]*cancelled[^"]*">/);
    expect(markup).toMatch(/<p class="outcome" tabindex="-1">[^<]*[\u0600-\u06FF][^<]*<\/p>/);
    expect(markup).toContain('<dd class="state cancelled">');
    expect(markup).not.toContain("button danger cancel");
    expect((await readSlot(slot.id)).taken).toBe(0);
  });

  it("refuses a website the organisation does not allow, and a wrong token, in words to act on", async () => {
    const { registration, token, slot } = await signUp();
    const foreign = await firstScreen(registration.id, token, {
      method: "POST",
      origin: "https://elsewhere.example",
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("Access-Control-Allow-Origin")).toBe(null);
    const wrong = await firstScreen(registration.id, "not-the-token", {
      method: "POST",
      query: "lang=en&tz=UTC",
    });
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain("This link does not work.");
    expect((await readSlot(slot.id)).taken).toBe(3);
  });
});
