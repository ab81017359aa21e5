import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { queueReminders } from "../../../worker/jobs/queue-reminders.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { signedLink } from "../../../worker/notifications/signed-links.js";
import {
  createBookableSlot,
  day,
  partyTotals,
  postSignUp,
  request,
  signUpBody,
} from "../helpers.js";

const origin = "http://localhost";

async function reminderScenario(locale = "en") {
  const booking = await createBookableSlot({ capacity: 1, waitlistCapacity: 1 });
  const email = `${crypto.randomUUID().slice(0, 8)}@example.org`;
  const { registration } = await (
    await postSignUp(
      booking.organisation.slug,
      booking.event.id,
      signUpBody(booking.slot.id, { email, locale }),
    )
  ).json<SignUpResponse>();
  const waiting = await (
    await postSignUp(
      booking.organisation.slug,
      booking.event.id,
      signUpBody(booking.slot.id, { email: "w@example.org" }),
    )
  ).json<SignUpResponse>();
  const link = (action: "confirm" | "cancel", expiresAt = booking.event.startsAt) =>
    signedLink(origin, env.MANAGE_TOKEN_SECRET, {
      action,
      registrationId: registration.id,
      expiresAt,
    });
  return { ...booking, registration, waiting: waiting.registration, email, link };
}

const path = (url: string) => new URL(url).pathname;
const statusOf = async (slotId: string, id: string) =>
  (await partyTotals(slotId)).rows.find((row) => row.id === id)?.status;

describe("reminder links", () => {
  it("puts a Confirm and a Cancel link in the reminder email", async () => {
    const { event, email } = await reminderScenario();
    await env.DB.prepare(`UPDATE events SET reminder_at = ?1 WHERE id = ?2`)
      .bind(Date.now() + 1, event.id)
      .run();
    const later = Date.now() + 10;
    await queueReminders(env.DB, later);
    await deliverDueMessages(env, env.DB, { origin, now: later });
    const { results } = await env.DB.prepare(`SELECT raw FROM dev_mailbox WHERE recipient = ?1`)
      .bind(email)
      .all<{ raw: string }>();
    const reminder = results
      .map((row) => parseMime(row.raw))
      .find((mail) => mail.headers.subject?.startsWith("Tomorrow"));
    expect(reminder?.text).toMatch(/http:\/\/localhost\/r\/confirm\/reg_\w+\/\d+\/[\w-]+/);
    expect(reminder?.text).toMatch(/http:\/\/localhost\/r\/cancel\/reg_\w+\/\d+\/[\w-]+/);
  });

  it("asks first when opened, so a mail scanner following the link frees nothing", async () => {
    const { link, slot, registration } = await reminderScenario("ar");
    const response = await request(path(await link("cancel")));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('dir="rtl"');
    expect(html).toContain('<form method="post"');
    expect(response.headers.get("Content-Security-Policy")).toContain("form-action 'self'");
    expect(await statusOf(slot.id, registration.id)).toBe("confirmed");
  });

  it("frees the place with the button, promotes the waitlist, tells them, and is single use", async () => {
    const { link, slot, registration, waiting, organisation } = await reminderScenario();
    const url = path(await link("cancel"));
    const response = await request(url, { method: "POST" });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Your place is freed");
    expect(await statusOf(slot.id, registration.id)).toBe("cancelled");
    expect(await statusOf(slot.id, waiting.id)).toBe("confirmed");
    const { results } = await env.DB.prepare(
      `SELECT kind FROM outbox WHERE organisation_id = ?1 AND registration_id = ?2 ORDER BY created_at, rowid`,
    )
      .bind(organisation.id, waiting.id)
      .all<{ kind: string }>();
    expect(results.map((row) => row.kind)).toEqual(["waitlisted", "promoted"]);

    const again = await request(url, { method: "POST" });
    expect(await again.text()).toContain("This link was already used");
  });

  it("records a confirmation once", async () => {
    const { link, registration } = await reminderScenario();
    const url = path(await link("confirm"));
    expect(await (await request(url, { method: "POST" })).text()).toContain(
      "Thanks, see you tomorrow",
    );
    const row = await env.DB.prepare(
      `SELECT attendance_confirmed_at AS at FROM registrations WHERE id = ?1`,
    )
      .bind(registration.id)
      .first<{ at: number | null }>();
    expect(row?.at).not.toBeNull();
    expect(await (await request(url)).text()).toContain("This link was already used");
  });

  it("refuses tampered links with a plain page and expired ones as expired", async () => {
    const { link, slot, registration } = await reminderScenario();
    const cancelUrl = path(await link("cancel"));
    const [, , , id, expiresAt, signature] = cancelUrl.split("/");
    const tampered = [
      `/r/cancel/${id}/${expiresAt}/${signature!.slice(0, -2)}xx`,
      `/r/confirm/${id}/${expiresAt}/${signature}`,
      `/r/cancel/${id}/${Number(expiresAt) + day}/${signature}`,
      `/r/delete/${id}/${expiresAt}/${signature}`,
    ];
    for (const url of tampered) {
      const response = await request(url, { method: "POST" });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain("This link does not work");
    }
    const expired = await request(path(await link("cancel", Date.now() - 1000)), {
      method: "POST",
    });
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain("This link has expired");
    expect(await statusOf(slot.id, registration.id)).toBe("confirmed");
  });
});
