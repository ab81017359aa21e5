import { createExecutionContext, createMessageBatch, env, getQueueResult } from "cloudflare:test";
import { beforeEach, describe, expect, it, vi } from "vitest";
import worker from "../../../worker/index.js";
import { queriesPerRound } from "../../../worker/notifications/deliver.js";
import type { D1Work } from "../../../worker/http/d1-metrics.js";
import { countingD1 } from "../../../worker/http/d1-metrics.js";
import { runScheduled } from "../../../worker/jobs/run-scheduled.js";
import type { MailDoorbell } from "../../../worker/notifications/mail-queue.js";
import { messagesPerInvocation, ringOrSend } from "../../../worker/notifications/mail-queue.js";
import { deliveryOf, eachSentOnce, fakeMailQueue, seedDueReminders } from "./due-messages.js";

const origin = "http://localhost";
/** The free plan's limit of D1 queries per Worker invocation. */
const queryLimit = 50;

/** Bindings with D1 counted and the mail queue replaced (or removed, with `null`). */
function countedEnv(queue: Queue<MailDoorbell> | null) {
  const work: D1Work = { roundTrips: 0, rowsRead: 0, rowsWritten: 0 };
  const bindings = {
    ...env,
    DB: countingD1(env.DB, work),
    MAIL_QUEUE: queue ?? undefined,
  } as unknown as Env;
  return { bindings, work };
}

/** One consumer invocation, as Cloudflare Queues makes it: one doorbell, the worker's handler. */
async function consume(bindings: Env) {
  const batch = createMessageBatch<MailDoorbell>("hearth-mail", [
    { id: crypto.randomUUID(), timestamp: Date.now(), attempts: 1, body: { origin } },
  ]);
  const ctx = createExecutionContext();
  await worker.queue(batch, bindings);
  return getQueueResult(batch, ctx);
}

async function dueNow(): Promise<number> {
  const row = await env.DB.prepare(
    `SELECT COUNT(*) AS due FROM outbox WHERE status = 'pending' AND next_attempt_at <= ?1`,
  )
    .bind(Date.now())
    .first<{ due: number }>();
  return row!.due;
}

describe("fanning mail out through the queue", () => {
  beforeEach(async () => {
    // The tests share one database: nothing left due by an earlier test is sent by a later one.
    await env.DB.prepare(`UPDATE outbox SET status = 'skipped' WHERE status = 'pending'`).run();
  });

  it("has the cron ring one doorbell per consumer's share and send nothing itself", async () => {
    const { event } = await seedDueReminders(1_200);
    const { queue, doorbells } = fakeMailQueue();
    const { bindings, work } = countedEnv(queue);

    await runScheduled(bindings, Date.now());

    expect(doorbells).toHaveLength(Math.ceil((await dueNow()) / messagesPerInvocation));
    expect(doorbells[0]).toEqual({ origin: env.HEARTH_PUBLIC_URL });
    expect(await deliveryOf(event.id)).toMatchObject({ sent: 0, pending: 1_200, copies: 0 });
    expect(work.roundTrips).toBeLessThanOrEqual(queryLimit);
  });

  it("sends a bounded share per consumer invocation within 50 D1 queries, and rings again while work is left", async () => {
    const { event } = await seedDueReminders(1_100);
    const { queue, doorbells } = fakeMailQueue();
    const invocations: { sent: number; queries: number; rangAgain: boolean }[] = [];
    for (let invocation = 0; invocation < 3; invocation++) {
      const { bindings, work } = countedEnv(queue);
      const before = doorbells.length;
      const { sent: sentBefore } = await deliveryOf(event.id);
      const result = await consume(bindings);
      expect(result.ackAll).toBe(true);
      invocations.push({
        sent: (await deliveryOf(event.id)).sent - sentBefore,
        queries: work.roundTrips,
        rangAgain: doorbells.length > before,
      });
    }

    expect(invocations.map(({ sent, rangAgain }) => ({ sent, rangAgain }))).toEqual([
      { sent: 500, rangAgain: true },
      { sent: 500, rangAgain: true },
      { sent: 100, rangAgain: false },
    ]);
    for (const { queries } of invocations) expect(queries).toBeLessThanOrEqual(queryLimit);
    // Each of the 1,100 went out exactly once.
    expect(await deliveryOf(event.id)).toEqual(eachSentOnce(1_100));
  });

  it("never sends a message twice when consumer invocations run side by side", async () => {
    const { event } = await seedDueReminders(300);
    const { queue } = fakeMailQueue();
    await Promise.all([1, 2, 3].map(() => consume(countedEnv(queue).bindings)));
    expect(await deliveryOf(event.id)).toEqual(eachSentOnce(300));
  });

  it("has the cron send by itself, as before the queue, when no queue is bound or it refuses the doorbells", async () => {
    for (const queue of [null, fakeMailQueue({ refuse: true }).queue]) {
      const { event } = await seedDueReminders(260);
      const { bindings, work } = countedEnv(queue);
      await runScheduled(bindings, Date.now());
      // Four rounds of 50, as many as a run sent before the queue; the next run sends the rest.
      expect(await deliveryOf(event.id)).toMatchObject({ sent: 200, pending: 60, copies: 200 });
      expect(work.roundTrips).toBeLessThanOrEqual(queryLimit);
      await runScheduled(bindings, Date.now());
      expect(await deliveryOf(event.id)).toMatchObject({ sent: 260, pending: 0, copies: 260 });
    }
  });

  it("after a write rings once without a D1 query, and without a queue sends one round itself", async () => {
    const { event } = await seedDueReminders(70);
    const { queue, doorbells } = fakeMailQueue();
    const rung = countedEnv(queue);
    await ringOrSend(rung.bindings, rung.bindings.DB, origin);
    expect(doorbells).toEqual([{ origin }]);
    expect(rung.work.roundTrips).toBe(0);

    const alone = countedEnv(null);
    await ringOrSend(alone.bindings, alone.bindings.DB, origin);
    expect(await deliveryOf(event.id)).toMatchObject({ sent: 50, pending: 20 });
    expect(alone.work.roundTrips).toBe(queriesPerRound);
  });

  it("delivers through the queue bound in wrangler.toml: a doorbell reaches the worker's consumer", async () => {
    const { event } = await seedDueReminders(120);
    await env.MAIL_QUEUE.send({ origin } satisfies MailDoorbell);
    await vi.waitFor(async () => expect((await deliveryOf(event.id)).sent).toBe(120), {
      timeout: 20_000,
      interval: 200,
    });
    expect(await deliveryOf(event.id)).toMatchObject({ copies: 120, distinct: 120 });
  });
});
