import { env } from "cloudflare:test";
import { drizzle } from "drizzle-orm/d1";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { eventQuestions } from "../../../schema/tables/index.js";
import {
  allowedOrigin,
  createBookableSlot,
  createEvent,
  createOrganisation,
  formBody,
  createSlot,
  registrationsOf,
  request,
} from "../helpers.js";
import { outcomeOf } from "./first-screen-answers.js";

/** The form as the first screen's show code posts it: the form's own fields and `fillMs`. */
function formFields(slotId: string, overrides: Record<string, string | null> = {}) {
  const fields: Record<string, string | null> = {
    slotId,
    adults: "١",
    children: "0",
    name: "Amina",
    email: "amina@example.org",
    phone: "",
    interpreterLanguage: "",
    accessibility: "",
    dietary: "",
    consent: "yes",
    website: "",
    fillMs: "5000",
    ...overrides,
  };
  return formBody(fields);
}

function sendOnFirstScreen(
  slug: string,
  eventId: string,
  body: URLSearchParams | string,
  options: { key?: string; origin?: string; type?: string; query?: string } = {},
) {
  return request(
    `/api/v1/orgs/${slug}/events/${eventId}/first-screen?${options.query ?? "lang=ar&tz=Europe/Tallinn"}`,
    {
      method: "POST",
      headers: {
        "Content-Type": options.type ?? "application/x-www-form-urlencoded",
        "Idempotency-Key": options.key ?? crypto.randomUUID(),
        Origin: options.origin ?? allowedOrigin,
      },
      body: body.toString(),
    },
  );
}

describe("POST /api/v1/orgs/:org/events/:eventId/first-screen", () => {
  it("books the sign-up and answers with the widget's confirmation, in the reader's language", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const response = await sendOnFirstScreen(organisation.slug, event.id, formFields(slot.id));
    expect(response.status).toBe(201);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    const markup = await response.text();
    const outcome = outcomeOf(markup);
    if (!("registration" in outcome)) throw new Error("expected a sign-up");
    expect(outcome.emailGiven).toBe(true);
    expect(outcome.registration.status).toBe("confirmed");
    expect(markup).toContain('<h3 class="result-title" tabindex="-1">تم تسجيلك!</h3>');
    expect(markup).toContain(`<p class="door-code">`);
    expect(markup).toContain(outcome.registration.shortCode ?? "no door code");
    expect(markup).toContain(`href="${outcome.registration.manageUrl.replace(/&/g, "&amp;")}"`);
    const [row, ...more] = await registrationsOf(slot.id);
    expect(more).toHaveLength(0);
    // The Arabic digit the person typed, as the party of one it is.
    expect(row).toMatchObject({ id: outcome.registration.id, adults: 1, locale: "ar" });
  });

  it("books once for the same key and answers, however often they come", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const key = crypto.randomUUID();
    const first = outcomeOf(
      await (
        await sendOnFirstScreen(organisation.slug, event.id, formFields(slot.id), { key })
      ).text(),
    );
    const again = await sendOnFirstScreen(organisation.slug, event.id, formFields(slot.id), {
      key,
    });
    expect(again.status).toBe(200);
    const second = outcomeOf(await again.text());
    if (!("registration" in first) || !("registration" in second)) throw new Error("not booked");
    expect(second.registration.id).toBe(first.registration.id);
    expect(await registrationsOf(slot.id)).toHaveLength(1);
  });

  it("refuses every answer to fix at once, each with its words for beside its field", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    await drizzle(env.DB)
      .insert(eventQuestions)
      .values({
        id: "q_group",
        organisationId: organisation.id,
        eventId: event.id,
        position: 0,
        kind: "one_choice",
        label: { en: "Which group?" },
        choices: [{ id: "beginners", label: { en: "Beginners" } }],
        required: true,
      });
    const response = await sendOnFirstScreen(
      organisation.slug,
      event.id,
      formFields(slot.id, { name: "", email: "not-an-email", consent: null }),
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    const markup = await response.text();
    expect(markup).toContain("<p>راجع النموذج. بعض الإجابات تحتاج إلى تغيير.</p>");
    const named = [...markup.matchAll(/data-for="([^"]+)" id="([^"]+)"/g)];
    expect(named.map((match) => match[1]).sort()).toEqual([
      "answers.q_group",
      "consent",
      "email",
      "name",
    ]);
    expect(named.every((match) => match[2] === `${match[1]}-error`)).toBe(true);
    expect(markup).toContain(
      'data-for="name" id="name-error">اكتب اسمًا. يمكنك استخدام اسم مستعار.',
    );
    const outcome = outcomeOf(markup);
    expect("error" in outcome && outcome.error.code).toBe("validation_failed");
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });

  it("says why above the form when the time is full or the answers came too fast", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    const full = await createSlot(event, { capacity: 1, taken: 1, waitlistCapacity: 0 });
    const refusedFull = await sendOnFirstScreen(organisation.slug, event.id, formFields(full.id));
    expect(refusedFull.status).toBe(409);
    const fullMarkup = await refusedFull.text();
    expect(fullMarkup).toContain("<p>عذرًا، هذه الفعالية ممتلئة الآن.</p>");
    expect(fullMarkup).not.toContain("data-for");
    const open = await createSlot(event, { capacity: 5 });
    const tooFast = await sendOnFirstScreen(
      organisation.slug,
      event.id,
      formFields(open.id, { fillMs: "300" }),
    );
    expect(tooFast.status).toBe(422);
    expect(await tooFast.text()).toContain(
      "<p>كان ذلك سريعًا جدًا. راجع إجاباتك وأرسل مرة أخرى.</p>",
    );
    expect(await registrationsOf(open.id)).toHaveLength(0);
  });

  it("takes nothing from a website the organisation has not allowed, nor lets it read why", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const refused = await sendOnFirstScreen(organisation.slug, event.id, formFields(slot.id), {
      origin: "https://elsewhere.example",
    });
    expect(refused.status).toBe(403);
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBeNull();
    const preflight = await request(
      `/api/v1/orgs/${organisation.slug}/events/${event.id}/first-screen`,
      {
        method: "OPTIONS",
        headers: {
          Origin: "https://elsewhere.example",
          "Access-Control-Request-Method": "POST",
          "Access-Control-Request-Headers": "idempotency-key",
        },
      },
    );
    expect(preflight.status).toBe(403);
    const allowed = await request(
      `/api/v1/orgs/${organisation.slug}/events/${event.id}/first-screen`,
      {
        method: "OPTIONS",
        headers: { Origin: allowedOrigin, "Access-Control-Request-Method": "POST" },
      },
    );
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    expect(allowed.headers.get("Access-Control-Allow-Headers")).toContain("Idempotency-Key");
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });

  it("answers a body that is not a form, or too long a one, in words and never books it", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const json = await sendOnFirstScreen(
      organisation.slug,
      event.id,
      JSON.stringify({ slotId: slot.id }),
      { type: "application/json" },
    );
    expect(json.status).toBe(415);
    expect(outcomeOf(await json.text())).toMatchObject({
      error: { code: "unsupported_media_type" },
    });
    const long = await sendOnFirstScreen(
      organisation.slug,
      event.id,
      formFields(slot.id, { accessibility: "x".repeat(40_000) }),
    );
    expect(long.status).toBe(413);
    expect(await long.text()).toContain("data-outcome");
    const badZone = await sendOnFirstScreen(organisation.slug, event.id, formFields(slot.id), {
      query: "tz=Nowhere/Else",
    });
    expect(badZone.status).toBe(422);
    expect(((await badZone.json()) as ErrorEnvelope).error.fields).toHaveProperty("tz");
    const unknown = await sendOnFirstScreen(organisation.slug, "evt_missing", formFields(slot.id));
    expect(unknown.status).toBe(404);
    expect(await registrationsOf(slot.id)).toHaveLength(0);
  });
});
