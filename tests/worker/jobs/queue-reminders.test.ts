import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { queueReminders } from "../../../worker/jobs/queue-reminders.js";
import { queueThankYous } from "../../../worker/jobs/queue-thank-yous.js";
import {
  createEvent,
  createOrganisation,
  createSlot,
  day,
  postSignUp,
  signUpBody,
} from "../helpers.js";

async function kindsFor(organisationId: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT kind FROM outbox WHERE organisation_id = ?1 ORDER BY created_at, rowid`,
  )
    .bind(organisationId)
    .all<{ kind: string }>();
  return results.map((row) => row.kind);
}

async function eventWithSignUps() {
  const organisation = await createOrganisation();
  const startsAt = Date.now() + 3 * day;
  const event = await createEvent(organisation.id, { startsAt, endsAt: startsAt + 2 * 3_600_000 });
  const slot = await createSlot(event, { capacity: 1, waitlistCapacity: 1 });
  await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
  await postSignUp(
    organisation.slug,
    event.id,
    signUpBody(slot.id, { email: "waiting@example.org" }),
  );
  const reminderAt = startsAt - day;
  await env.DB.prepare(`UPDATE events SET reminder_at = ?1 WHERE id = ?2`)
    .bind(reminderAt, event.id)
    .run();
  return { organisation, event, startsAt, reminderAt };
}

describe("reminders", () => {
  it("queues one reminder per confirmed person once the reminder time has come, and never twice", async () => {
    const { organisation, reminderAt } = await eventWithSignUps();
    await queueReminders(env.DB, reminderAt - 60_000);
    expect(await kindsFor(organisation.id)).toEqual(["confirmed", "waitlisted"]);

    await queueReminders(env.DB, reminderAt + 60_000);
    await queueReminders(env.DB, reminderAt + 3_600_000);
    expect(await kindsFor(organisation.id)).toEqual(["confirmed", "waitlisted", "reminder"]);
  });

  it("queues nothing more when the jobs run twice as of the same time (as /dev/run-jobs can)", async () => {
    const { organisation, event, reminderAt } = await eventWithSignUps();
    await queueReminders(env.DB, reminderAt + 60_000);
    await queueReminders(env.DB, reminderAt + 60_000);
    const after = event.endsAt + 3 * 3_600_000;
    await queueThankYous(env.DB, after);
    await queueThankYous(env.DB, after);
    const kinds = await kindsFor(organisation.id);
    expect(kinds.filter((kind) => kind === "reminder")).toHaveLength(1);
    expect(kinds.filter((kind) => kind === "thank_you")).toHaveLength(1);
  });

  it("sends no reminder once the event has started", async () => {
    const { organisation, startsAt } = await eventWithSignUps();
    await queueReminders(env.DB, startsAt + 1);
    expect(await kindsFor(organisation.id)).not.toContain("reminder");
  });

  it("queues the thank-you after the event, not before", async () => {
    const { organisation, event } = await eventWithSignUps();
    await queueThankYous(env.DB, event.endsAt);
    expect(await kindsFor(organisation.id)).not.toContain("thank_you");
    await queueThankYous(env.DB, event.endsAt + 3 * 3_600_000);
    await queueThankYous(env.DB, event.endsAt + 4 * 3_600_000);
    expect((await kindsFor(organisation.id)).filter((kind) => kind === "thank_you")).toHaveLength(
      1,
    );
  });
});
