import { env } from "cloudflare:test";
import { beforeEach, describe, expect, it } from "vitest";
import type { D1Work } from "../../../worker/http/d1-metrics.js";
import { countingD1 } from "../../../worker/http/d1-metrics.js";
import { queueDigests, digestUtcHour } from "../../../worker/jobs/queue-digests.js";
import {
  claimMs,
  deliverDueMessages,
  messagesPerRound,
  queriesPerRound,
} from "../../../worker/notifications/deliver.js";
import {
  claimDueMessages,
  writeDeliveryResults,
} from "../../../worker/notifications/delivery-queries.js";
import { createMember } from "../admin-helpers.js";
import { completeApplication, createFestival, startApplication } from "../festival-helpers.js";
import { day } from "../helpers.js";
import { deliveryOf, eachSentOnce, seedDueReminders } from "./due-messages.js";

const origin = "http://localhost";

async function counted(job: (db: D1Database) => Promise<unknown>): Promise<D1Work> {
  const work: D1Work = { roundTrips: 0, rowsRead: 0, rowsWritten: 0 };
  await job(countingD1(env.DB, work));
  return work;
}

describe("a round of delivery", () => {
  beforeEach(async () => {
    // The tests share one database: nothing left due by an earlier test is sent by a later one.
    await env.DB.prepare(`UPDATE outbox SET status = 'skipped' WHERE status = 'pending'`).run();
  });

  it("claims, composes and writes back a whole round in three D1 round trips, whatever the kinds", async () => {
    // A cook's confirmation, an organiser's digest and reminders, all due in the same round.
    const { organisation: festivalOrganisation, event: festival } = await createFestival();
    const cook = await startApplication(
      festivalOrganisation.slug,
      festival.id,
      completeApplication(),
    );
    expect((await cook.as("/submit", { method: "POST" })).status).toBe(200);
    const { organisation, event } = await seedDueReminders(messagesPerRound - 2);
    const organiser = await createMember(organisation.id, "organiser");
    await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/preferences`, {
      method: "PUT",
      json: { digest: true },
    });
    const today = new Date();
    today.setUTCHours(digestUtcHour, 5, 0, 0);
    const at = today.getTime() + day;
    await env.DB.prepare(`UPDATE registrations SET created_at = ?1 WHERE event_id = ?2`)
      .bind(at - 1000, event.id)
      .run();
    expect(await queueDigests(env.DB, at)).toBe(1);

    const oneRound = await counted((db) =>
      deliverDueMessages(env, db, { origin, now: at, rounds: 1 }),
    );
    expect(oneRound.roundTrips).toBe(queriesPerRound);
    expect(queriesPerRound).toBe(3);
    const { results } = await env.DB.prepare(
      `SELECT kind, status FROM outbox WHERE organisation_id IN (?1, ?2) ORDER BY kind`,
    )
      .bind(organisation.id, festivalOrganisation.id)
      .all<{ kind: string; status: string }>();
    expect(new Set(results.map((row) => row.status))).toEqual(new Set(["sent"]));
    expect(new Set(results.map((row) => row.kind))).toEqual(
      new Set(["cook_received", "digest", "reminder"]),
    );
    expect(results).toHaveLength(messagesPerRound);

    // A round of one costs the same three.
    await seedDueReminders(1, at);
    expect(
      (await counted((db) => deliverDueMessages(env, db, { origin, now: at, rounds: 1 })))
        .roundTrips,
    ).toBe(queriesPerRound);
  });

  it("leaves a crashed sender's messages claimed until its claim runs out, then sends them once", async () => {
    const { event, slot } = await seedDueReminders(10);
    const now = Date.now();
    // A sender claims and dies before writing anything back.
    const claimedUntil = now + claimMs;
    expect(await claimDueMessages(env.DB, { now, claimedUntil, limit: 50 })).toHaveLength(10);

    await deliverDueMessages(env, env.DB, { origin, now: now + claimMs - 1 });
    expect(await deliveryOf(event.id)).toMatchObject({ sent: 0, pending: 10, copies: 0 });

    await deliverDueMessages(env, env.DB, { origin, now: now + claimMs + 1 });
    expect(await deliveryOf(event.id)).toEqual(eachSentOnce(10));

    // Had it only been slow, its late write-back would change nothing: the rows are not its any more.
    const late = await writeDeliveryResults(
      env.DB,
      [{ id: `msg_${slot.id}_1`, status: "pending", nextAttemptAt: now, error: "late" }],
      { now, claimedUntil },
    ).run();
    expect(late.meta.changes).toBe(0);
    const { results } = await env.DB.prepare(
      `SELECT DISTINCT status, attempts FROM outbox
        WHERE registration_id IN (SELECT id FROM registrations WHERE event_id = ?1)`,
    )
      .bind(event.id)
      .all();
    expect(results).toEqual([{ status: "sent", attempts: 1 }]);
  });
});
