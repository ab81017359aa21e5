import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AdminEventResponse } from "../../../schema/contracts/admin/events.js";
import type { ApplicationResponse } from "../../../schema/contracts/festivals.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { createMember } from "../admin-helpers.js";
import { completeApplication, createFestival, startApplication } from "../festival-helpers.js";
import {
  createBookableSlot,
  createEvent,
  createOrganisation,
  postSignUp,
  signUpBody,
} from "../helpers.js";
import { createShifts, signUpVolunteer, volunteerBody } from "../volunteer-helpers.js";

const origin = "http://localhost";
const words = {
  en: "The hall is flooded. Sorry!",
  ar: "القاعة غمرتها المياه. نأسف!",
  uk: "Зал затопило. Вибачте!",
};

/** The last message sent to `recipient`, as text and HTML. */
async function lastMail(recipient: string) {
  await deliverDueMessages(env, env.DB, { origin, now: Date.now() + 1000 });
  const { results } = await env.DB.prepare(
    `SELECT raw FROM dev_mailbox WHERE recipient = ?1 ORDER BY rowid`,
  )
    .bind(recipient)
    .all<{ raw: string }>();
  expect(results.length).toBeGreaterThan(0);
  return parseMime(results.at(-1)!.raw);
}

async function eventWithPeople(locales: string[]) {
  const { organisation, event, slot } = await createBookableSlot();
  const tag = crypto.randomUUID().slice(0, 8);
  const emails: Record<string, string> = {};
  for (const locale of locales) {
    emails[locale] = `${locale}-${tag}@example.org`;
    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { email: emails[locale], locale }),
    );
    expect(response.status).toBe(201);
  }
  const organiser = await createMember(organisation.id, "organiser");
  const cancel = (message: unknown) =>
    organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/cancel`, {
      method: "POST",
      json: { version: 1, message },
    });
  return { organisation, event, emails, cancel };
}

describe("an organiser's words in several languages", () => {
  it("sends each person the cancellation in their language, and the default language to the rest", async () => {
    const { emails, cancel } = await eventWithPeople(["ar", "en", "fa"]);
    const response = await cancel({ en: words.en, ar: words.ar, es: "" });
    expect(response.status).toBe(200);
    const { event } = await response.json<AdminEventResponse>();
    // Empty languages are not kept.
    expect(event.cancellationMessage).toEqual({ en: words.en, ar: words.ar });

    const arabic = await lastMail(emails.ar!);
    expect(arabic.text).toContain(words.ar);
    expect(arabic.text).not.toContain(words.en);
    // In the message's own language: no lang of its own.
    expect(arabic.html).toMatch(/<blockquote><p>القاعة/);

    const english = await lastMail(emails.en!);
    expect(english.text).toContain(words.en);
    expect(english.text).not.toContain(words.ar);

    // Persian was not written: the organisation's default (English), marked as English.
    const persian = await lastMail(emails.fa!);
    expect(persian.text).toContain(words.en);
    expect(persian.html).toContain('<blockquote lang="en" dir="ltr"><p>The hall is flooded.');
  });

  it("takes plain text as the organisation's default language", async () => {
    const { organisation, event: created } = await eventWithPeople(["en"]);
    await env.DB.prepare(`UPDATE organisations SET default_locale = 'et' WHERE id = ?1`)
      .bind(organisation.id)
      .run();
    const organiser = await createMember(organisation.id, "organiser");
    const response = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${created.id}/cancel`,
      { method: "POST", json: { version: 1, message: "Saal on suletud." } },
    );
    expect(response.status).toBe(200);
    const { event } = await response.json<AdminEventResponse>();
    expect(event.cancellationMessage).toEqual({ et: "Saal on suletud." });
  });

  it("refuses a cancellation with no words in any language, or a language code that is not one", async () => {
    const { cancel, event } = await eventWithPeople(["en"]);
    for (const message of [{ en: " ", ar: "" }, {}, "  "]) {
      const response = await cancel(message);
      expect(response.status).toBe(422);
      const body = await response.json<{ error: { fields?: Record<string, string> } }>();
      expect(body.error.fields?.message).toBe("Write a short message to the people who signed up.");
    }
    const badLanguage = await cancel({ "not a language": "Hello" });
    expect(badLanguage.status).toBe(422);
    const tooLong = await cancel({ en: "x".repeat(1001) });
    expect(tooLong.status).toBe(422);
    expect(
      (await tooLong.json<{ error: { fields?: Record<string, string> } }>()).error.fields,
    ).toEqual({ "message.en": "Use 1000 characters or fewer." });
    const { status } = (await env.DB.prepare(`SELECT status FROM events WHERE id = ?1`)
      .bind(event.id)
      .first<{ status: string }>())!;
    expect(status).toBe("published");
  });

  it("sends a cook the decision in their language and shows it on their page", async () => {
    const { organisation, event } = await createFestival();
    const cook = await startApplication(
      organisation.slug,
      event.id,
      completeApplication({ locale: "uk" }),
    );
    expect((await cook.as("/submit", { method: "POST" })).status).toBe(200);
    const organiser = await createMember(organisation.id, "organiser");
    const decided = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/applications/${cook.application!.id}/decision`,
      {
        method: "POST",
        json: { status: "approved", message: { en: "Welcome!", uk: "Ласкаво просимо!" } },
      },
    );
    expect(decided.status).toBe(200);
    const view = (await (await cook.as("")).json<ApplicationResponse>()).application;
    expect(view.organiserMessage).toEqual({ text: "Ласкаво просимо!", lang: "uk" });
    const mail = await lastMail(cook.application!.email!);
    expect(mail.text).toContain("Ласкаво просимо!");
    expect(mail.text).not.toContain("Welcome!");
  });

  it("sends each volunteer on a shift the note in their language", async () => {
    const { organisation, event, morning } = await createShifts();
    const tag = crypto.randomUUID().slice(0, 8);
    const arabic = `ar-${tag}@example.org`;
    const estonian = `et-${tag}@example.org`;
    for (const [email, locale] of [
      [arabic, "ar"],
      [estonian, "et"],
    ] as const) {
      const { response } = await signUpVolunteer(
        organisation.slug,
        volunteerBody([morning.id], { email, locale }),
      );
      expect(response.status).toBe(201);
    }
    const organiser = await createMember(organisation.id, "organiser");
    const response = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/shifts/${morning.id}/message`,
      { method: "POST", json: { message: { en: "Come at nine.", ar: "تعالوا في التاسعة." } } },
    );
    expect(await response.json()).toEqual({ queued: 2 });
    expect((await lastMail(arabic)).text).toContain("تعالوا في التاسعة.");
    // Estonian was not written: the organisation's default language.
    const fallback = await lastMail(estonian);
    expect(fallback.text).toContain("Come at nine.");
    expect(fallback.text).not.toContain("تعالوا");
  });
});

describe("migration 0010", () => {
  it("keeps words written before in the organisation's default language", async () => {
    const organisation = await createOrganisation({ defaultLocale: "et" });
    const event = await createEvent(organisation.id, { status: "cancelled" });
    const already = await createEvent(organisation.id, { status: "cancelled" });
    await env.DB.batch([
      env.DB.prepare(`UPDATE events SET cancellation_message = ?2 WHERE id = ?1`).bind(
        event.id,
        "Saal on suletud.",
      ),
      env.DB.prepare(`UPDATE events SET cancellation_message = ?2 WHERE id = ?1`).bind(
        already.id,
        JSON.stringify(words),
      ),
    ]);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0010_"))!;
    await env.DB.batch(migration.queries.map((query) => env.DB.prepare(query)));
    const read = async (id: string) =>
      (await env.DB.prepare(`SELECT cancellation_message AS m FROM events WHERE id = ?1`)
        .bind(id)
        .first<{ m: string }>())!.m;
    expect(JSON.parse(await read(event.id))).toEqual({ et: "Saal on suletud." });
    expect(JSON.parse(await read(already.id))).toEqual(words);
  });
});
