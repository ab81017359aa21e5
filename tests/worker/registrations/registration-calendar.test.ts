import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { EventDetailResponse, EventListResponse } from "../../../schema/contracts/events.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import {
  allowedOrigin,
  createEvent,
  createOrganisation,
  createSlot,
  postSignUp,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

const origin = "http://localhost";
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
const pathOf = (url: string) => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

async function arabicSignUp() {
  const organisation = await createOrganisation({ defaultLocale: "et" });
  const event = await createEvent(organisation.id, {
    title: { et: "Keelekohvik", ar: "مقهى اللغة" },
  });
  const slot = await createSlot(event);
  const email = `${crypto.randomUUID().slice(0, 8)}@example.org`;
  const { registration } = await (
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { locale: "ar", email }))
  ).json<SignUpResponse>();
  return { registration, email };
}

describe("a person's own calendar file", () => {
  it("speaks their language and carries the UID of their emails' invites", async () => {
    const { registration, email } = await arabicSignUp();
    const response = await request(pathOf(registration.calendarUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    const file = unfold(await response.text());
    expect(file).toContain("SUMMARY;LANGUAGE=ar:مقهى اللغة");
    expect(file).toContain(`UID:${registration.id}@localhost`);

    await deliverDueMessages(env, env.DB, { origin, now: Date.now() + 1000 });
    const mail = await env.DB.prepare(`SELECT raw FROM dev_mailbox WHERE recipient = ?1`)
      .bind(email)
      .first<{ raw: string }>();
    const invite = parseMime(mail!.raw).attachments.find((part) =>
      part.contentType.startsWith("text/calendar"),
    );
    expect(unfold(invite!.content)).toContain(`UID:${registration.id}@localhost`);
  });

  it("marks the entry cancelled once the sign-up is cancelled", async () => {
    const { registration } = await arabicSignUp();
    const cancelled = await request(`/api/v1/registrations/${registration.id}`, {
      method: "DELETE",
      headers: {
        Authorization: `Bearer ${tokenOf(registration.manageUrl)}`,
        Origin: allowedOrigin,
      },
    });
    expect(cancelled.status).toBe(200);
    const file = await (await request(pathOf(registration.calendarUrl))).text();
    expect(file).toContain("STATUS:CANCELLED");
  });

  it("answers 404 to a wrong or missing key and to another sign-up's key", async () => {
    const { registration } = await arabicSignUp();
    const other = (await arabicSignUp()).registration;
    const base = `/api/v1/registrations/${registration.id}/calendar.ics`;
    const otherKey = new URL(other.calendarUrl).searchParams.get("key");
    for (const path of [base, `${base}?key=guess`, `${base}?key=${otherKey}`]) {
      const response = await request(path);
      expect(response.status).toBe(404);
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe("not_found");
    }
  });
});

describe("an event's public calendar link", () => {
  it("asks for the file in the language the list was read in", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    await createSlot(event);
    const list = await (
      await request(`/api/v1/orgs/${organisation.slug}/events?lang=ar`)
    ).json<EventListResponse>();
    expect(list.events[0]!.calendarUrl).toMatch(/\/calendar\.ics\?lang=ar$/);
    const plain = await (
      await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}`)
    ).json<EventDetailResponse>();
    expect(plain.event.calendarUrl).toMatch(/\/calendar\.ics$/);
  });
});
