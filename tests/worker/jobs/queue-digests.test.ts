import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { PreferencesResponse } from "../../../schema/contracts/admin/preferences.js";
import { digestUtcHour, queueDigests } from "../../../worker/jobs/queue-digests.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { createMember } from "../admin-helpers.js";
import { createBookableSlot, postSignUp, signUpBody } from "../helpers.js";

/** Today at the digest hour, UTC. */
function digestTime(): number {
  const now = new Date();
  return (
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), digestUtcHour, 1) +
    86_400_000
  );
}

describe("the organisers' daily digest", () => {
  it("goes once a day only to members who opted in, counting the new sign-ups", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const keen = await createMember(organisation.id, "organiser");
    const quiet = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/preferences`;
    const saved = await keen.as(base, { method: "PUT", json: { digest: true } });
    expect((await saved.json<PreferencesResponse>()).preferences).toEqual({ digest: true });
    expect((await (await quiet.as(base)).json<PreferencesResponse>()).preferences).toEqual({
      digest: false,
    });

    const at = digestTime();
    await env.DB.prepare(`UPDATE registrations SET created_at = ?1 WHERE event_id = ?2`)
      .bind(at - 1000, event.id)
      .run();
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email: "" }));
    await env.DB.prepare(`UPDATE registrations SET created_at = ?1 WHERE event_id = ?2`)
      .bind(at - 1000, event.id)
      .run();

    expect(await queueDigests(env.DB, at - 3_600_000)).toBe(0);
    expect(await queueDigests(env.DB, at)).toBe(1);
    expect(await queueDigests(env.DB, at + 60_000)).toBe(0);

    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: at });
    const { results } = await env.DB.prepare(
      `SELECT raw FROM dev_mailbox WHERE recipient LIKE 'organiser-%' ORDER BY created_at DESC LIMIT 1`,
    ).all<{ raw: string }>();
    const digest = parseMime(results[0]!.raw);
    expect(digest.headers.subject).toContain("Test City");
    expect(digest.text).toContain("Language café");
  });
});
