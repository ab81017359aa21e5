import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { OutboxResponse } from "../../../schema/contracts/admin/outbox.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import {
  backoffMs,
  deliverDueMessages,
  maxAttempts,
} from "../../../worker/notifications/deliver.js";
import { createMember } from "../admin-helpers.js";
import {
  allowedOrigin,
  createBookableSlot,
  postSignUp,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

const origin = "http://localhost";

async function mailTo(address: string) {
  const { results } = await env.DB.prepare(
    `SELECT raw FROM dev_mailbox WHERE recipient = ?1 ORDER BY created_at, rowid`,
  )
    .bind(address)
    .all<{ raw: string }>();
  return results.map((row) => parseMime(row.raw));
}

async function outboxRow(registrationId: string) {
  return env.DB.prepare(
    `SELECT status, attempts, next_attempt_at AS nextAttemptAt, last_error AS lastError
       FROM outbox WHERE registration_id = ?1`,
  )
    .bind(registrationId)
    .first<{ status: string; attempts: number; nextAttemptAt: number; lastError: string | null }>();
}

const uniqueEmail = () => `${crypto.randomUUID().slice(0, 8)}@example.org`;

describe("delivering messages", () => {
  it("sends the confirmation in the person's language with a calendar file and a working manage link", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const email = uniqueEmail();
    const { registration } = await (
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email, locale: "ar" }))
    ).json<SignUpResponse>();

    await deliverDueMessages(env, env.DB, { origin, now: Date.now() });

    const [message] = await mailTo(email);
    expect(message!.headers.subject).toContain("مقهى اللغة");
    expect(message!.html).toContain('dir="rtl"');
    expect(message!.text).toContain(registration.manageUrl);
    expect(message!.text).toContain(registration.shortCode!);
    const [invite] = message!.attachments;
    expect(invite!.contentType).toContain("method=PUBLISH");
    expect(invite!.content).toContain(`UID:${registration.id}@localhost`);
    expect((await outboxRow(registration.id))?.status).toBe("sent");

    const manage = await request(`/api/v1/registrations/${registration.id}`, {
      headers: { Authorization: `Bearer ${tokenOf(registration.manageUrl)}` },
    });
    expect(manage.status).toBe(200);
  });

  it("tells the promoted person, with a calendar file, when someone cancels", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 1,
      waitlistCapacity: 1,
    });
    const holder = await (
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id))
    ).json<SignUpResponse>();
    const waitingEmail = uniqueEmail();
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email: waitingEmail }));
    await request(`/api/v1/registrations/${holder.registration.id}`, {
      method: "DELETE",
      headers: {
        Authorization: `Bearer ${tokenOf(holder.registration.manageUrl)}`,
        Origin: allowedOrigin,
      },
    });

    await deliverDueMessages(env, env.DB, { origin, now: Date.now() });

    const subjects = (await mailTo(waitingEmail)).map((message) => message.headers.subject);
    expect(subjects).toEqual([
      "On the waitlist: Language café",
      "A place opened: you're in for Language café",
    ]);
  });

  it("sends nothing to someone who erased their data before it went out", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const email = uniqueEmail();
    const { registration } = await (
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email }))
    ).json<SignUpResponse>();
    await request(`/api/v1/registrations/${registration.id}/erase`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${tokenOf(registration.manageUrl)}`,
        Origin: allowedOrigin,
      },
    });

    await deliverDueMessages(env, env.DB, { origin, now: Date.now() });

    expect(await mailTo(email)).toEqual([]);
    const { results } = await env.DB.prepare(`SELECT status FROM outbox WHERE registration_id = ?1`)
      .bind(registration.id)
      .all<{ status: string }>();
    expect(results.map((row) => row.status)).toEqual(["skipped", "skipped"]);
  });

  it("retries with exponential backoff when sending fails, then marks it failed for organisers", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const { registration } = await (
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email: uniqueEmail() }))
    ).json<SignUpResponse>();
    const failing = {
      ...env,
      HEARTH_ENV: "production",
      MAILER: {
        send: async () => {
          throw new Error("relay is down");
        },
      },
    } as unknown as Env;

    let now = Date.now();
    await deliverDueMessages(failing, env.DB, { origin, now });
    expect(await outboxRow(registration.id)).toEqual({
      status: "pending",
      attempts: 1,
      nextAttemptAt: now + backoffMs(1),
      lastError: "relay is down",
    });
    await deliverDueMessages(failing, env.DB, { origin, now: now + backoffMs(1) - 1 });
    expect((await outboxRow(registration.id))?.attempts).toBe(1);
    expect(backoffMs(2)).toBe(2 * backoffMs(1));

    for (let attempt = 1; attempt < maxAttempts; attempt++) {
      now += backoffMs(attempt);
      await deliverDueMessages(failing, env.DB, { origin, now });
    }
    expect(await outboxRow(registration.id)).toMatchObject({
      status: "failed",
      attempts: maxAttempts,
    });

    const organiser = await createMember(organisation.id, "organiser");
    const listed = await (
      await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/outbox?status=failed`)
    ).json<OutboxResponse>();
    expect(listed.messages).toHaveLength(1);
    expect(listed.messages[0]).toMatchObject({ kind: "confirmed", lastError: "relay is down" });
    expect(listed.messages[0]!.registration?.shortCode).toBe(registration.shortCode);

    const retried = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/outbox/${listed.messages[0]!.id}/retry`,
      { method: "POST" },
    );
    expect(retried.status).toBe(200);
    await deliverDueMessages(env, env.DB, { origin, now: Date.now() });
    expect((await outboxRow(registration.id))?.status).toBe("sent");
  });

  it("never sends a message twice when two deliveries run at once", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const email = uniqueEmail();
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email }));
    const now = Date.now();
    await Promise.all([
      deliverDueMessages(env, env.DB, { origin, now }),
      deliverDueMessages(env, env.DB, { origin, now }),
    ]);
    expect(await mailTo(email)).toHaveLength(1);
  });
});
