import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ApplicationResponse } from "../../../schema/contracts/festivals.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { quotaDay } from "../../../worker/notifications/confirmation-quota.js";
import { housekeepingStatements } from "../../../worker/jobs/housekeeping-queries.js";
import { completeApplication, createFestival } from "../festival-helpers.js";
import {
  allowedOrigin,
  createBookableSlot,
  registrationsOf,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

const perDay = Number(env.HEARTH_CONFIRMATIONS_PER_DAY);

function signUp(
  organisationSlug: string,
  eventId: string,
  body: unknown,
  bindings: Partial<Env> = {},
) {
  return request(
    `/api/v1/orgs/${organisationSlug}/events/${eventId}/registrations`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: allowedOrigin,
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify(body),
    },
    bindings,
  );
}

async function queuedFor(column: "registration_id" | "application_id", id: string) {
  const { results } = await env.DB.prepare(`SELECT kind FROM outbox WHERE ${column} = ?1`)
    .bind(id)
    .all<{ kind: string }>();
  return results.map((row) => row.kind);
}

describe("the daily cap on confirmation emails", () => {
  it("books the sign-up past the cap for one address but queues no confirmation for it", async () => {
    expect(perDay).toBeGreaterThan(0);
    const { organisation, event, slot } = await createBookableSlot({ capacity: perDay + 2 });
    const local = crypto.randomUUID().slice(0, 8);
    const ids: string[] = [];
    for (let i = 0; i < perDay; i++) {
      const response = await signUp(
        organisation.slug,
        event.id,
        signUpBody(slot.id, { email: `${local}@example.org` }),
      );
      expect(response.status).toBe(201);
      ids.push((await response.json<SignUpResponse>()).registration.id);
    }
    for (const id of ids) expect(await queuedFor("registration_id", id)).toEqual(["confirmed"]);

    // Another spelling of the same inbox is the same address.
    const past = await signUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { email: `${local.toUpperCase()}+more@EXAMPLE.org` }),
    );
    expect(past.status).toBe(201);
    const { registration } = await past.json<SignUpResponse>();
    expect(registration.status).toBe("confirmed");
    expect((await registrationsOf(slot.id)).map((row) => row.id)).toContain(registration.id);
    expect(await queuedFor("registration_id", registration.id)).toEqual([]);

    const someoneElse = await signUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { email: `other-${local}@example.org` }),
    );
    const other = (await someoneElse.json<SignUpResponse>()).registration;
    expect(await queuedFor("registration_id", other.id)).toEqual(["confirmed"]);
  });

  it("keeps only a keyed hash of the address, for today", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const email = `${crypto.randomUUID().slice(0, 8)}@example.org`;
    await signUp(organisation.slug, event.id, signUpBody(slot.id, { email }));
    const { results } = await env.DB.prepare(`SELECT * FROM confirmation_counts`).all<{
      recipient_hash: string;
      day: number;
      queued: number;
    }>();
    expect(results.length).toBeGreaterThan(0);
    for (const row of results) {
      expect(row.recipient_hash).not.toContain("@");
      expect(row.recipient_hash).not.toContain(email.split("@")[0]);
      expect(row.day).toBe(quotaDay(Date.now()));
    }
  });

  it("counts a cook's confirmation against the same cap: submitted, but no email", async () => {
    const cap = { HEARTH_CONFIRMATIONS_PER_DAY: "1" };
    const email = `${crypto.randomUUID().slice(0, 8)}@example.org`;
    const { organisation, event, slot } = await createBookableSlot();
    const signedUp = await signUp(organisation.slug, event.id, signUpBody(slot.id, { email }), cap);
    const { registration } = await signedUp.json<SignUpResponse>();
    expect(await queuedFor("registration_id", registration.id)).toEqual(["confirmed"]);

    const festival = await createFestival();
    const started = await (
      await request(
        `/api/v1/orgs/${festival.organisation.slug}/festivals/${festival.event.id}/applications`,
        {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: allowedOrigin },
          body: JSON.stringify(completeApplication({ email })),
        },
      )
    ).json<ApplicationResponse>();
    const submitted = await request(
      `/api/v1/applications/${started.application.id}/submit`,
      {
        method: "POST",
        headers: { Authorization: `Bearer ${tokenOf(started.manageUrl!)}`, Origin: allowedOrigin },
      },
      cap,
    );
    expect(submitted.status).toBe(200);
    expect((await submitted.json<ApplicationResponse>()).application.status).toBe("submitted");
    expect(await queuedFor("application_id", started.application.id)).toEqual([]);
  });

  it("forgets the days that are over at housekeeping", async () => {
    const now = Date.now();
    const today = quotaDay(now);
    const hash = crypto.randomUUID();
    await env.DB.prepare(
      `INSERT INTO confirmation_counts (recipient_hash, day, queued) VALUES (?1, ?2, 3), (?1, ?3, 1)`,
    )
      .bind(hash, today - 1, today)
      .run();
    await env.DB.batch(housekeepingStatements(env.DB, now));
    const { results } = await env.DB.prepare(
      `SELECT day FROM confirmation_counts WHERE recipient_hash = ?1`,
    )
      .bind(hash)
      .all<{ day: number }>();
    expect(results).toEqual([{ day: today }]);
  });
});
