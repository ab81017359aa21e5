import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SeasonBody, SeasonReport } from "../../../schema/contracts/admin/mentoring.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { IntakeResponse } from "../../../schema/contracts/mentoring.js";
import { eraseEndedSeasons } from "../../../worker/jobs/erase-ended-seasons.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { allowedOrigin, day, request } from "../helpers.js";
import { createSeason, intakeBody, signedUp, tokenOfManageUrl } from "./mentoring-helpers.js";

/** A season with a mentor (Mari, Estonian) and a learner (Olena, Ukrainian) in a published pair. */
async function pairedSeason(overrides: Partial<SeasonBody> = {}, state = "published") {
  const made = await createSeason(overrides);
  const sign = (body: Parameters<typeof intakeBody>[0]) =>
    signedUp(made.organisation.slug, made.season.id, intakeBody(body));
  const mari = await sign({ role: "mentor", firstName: "Mari", level: "C2", locale: "et" });
  const olena = await sign({ firstName: "Olena", locale: "uk" });
  const pairId = `mpr_${crypto.randomUUID().slice(0, 8)}`;
  await env.DB.prepare(
    `INSERT INTO mentoring_pairs (id, season_id, mentor_id, learner_id, state, locked, score, reasons, published_at, created_at)
     VALUES (?1, ?2, ?3, ?4, ?5, 0, 80, '[]', ?6, ?6)`,
  )
    .bind(pairId, made.season.id, mari.person.id, olena.person.id, state, Date.now())
    .run();
  return { ...made, mari, olena, pairId };
}

function write(
  who: IntakeResponse,
  body: unknown,
  headers: Record<string, string> = { Origin: allowedOrigin },
) {
  return request(`/api/v1/mentoring/people/${who.person.id}/messages`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${tokenOfManageUrl(who.manageUrl!)}`,
      "Content-Type": "application/json",
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

const errorOf = async (response: Response) => ((await response.json()) as ErrorEnvelope).error;

async function relayRows(seasonId: string) {
  const { results } = await env.DB.prepare(
    `SELECT sender_id AS senderId, pair_id AS pairId FROM mentoring_relay_messages WHERE season_id = ?1`,
  )
    .bind(seasonId)
    .all<{ senderId: string; pairId: string }>();
  return results;
}

async function relayOutbox(personIds: string[]) {
  const { results } = await env.DB.prepare(
    `SELECT mentoring_person_id AS personId, payload, status FROM outbox
      WHERE kind = 'mentoring_relay' AND mentoring_person_id IN (SELECT value FROM json_each(?1))`,
  )
    .bind(JSON.stringify(personIds))
    .all<{ personId: string; payload: string; status: string }>();
  return results;
}

const words = "Tere Mari! Can we meet on Tuesday at 18:00?\nI would like to <talk> about books.";

describe("writing to a Language Friend partner through Hearth", () => {
  it("emails the partner once, in their language, with the words and neither address", async () => {
    const s = await pairedSeason();
    const sent = await write(s.olena, { pairId: s.pairId, text: words });
    expect(sent.status).toBe(201);
    expect(await sent.json()).toEqual({ leftToday: 9 });
    expect(await relayRows(s.season.id)).toEqual([
      { senderId: s.olena.person.id, pairId: s.pairId },
    ]);
    const queued = await relayOutbox([s.mari.person.id, s.olena.person.id]);
    expect(queued).toHaveLength(1);
    expect(queued[0]!.personId).toBe(s.mari.person.id);
    // The relay table holds no words: only the outbox carries them, until delivered.
    expect(queued[0]!.payload).toContain("Tuesday");

    await deliverDueMessages(env, env.DB, { origin: "https://hearth.test", now: Date.now() });
    const { results } = await env.DB.prepare(
      `SELECT recipient, raw FROM dev_mailbox
        WHERE outbox_id IN (SELECT id FROM outbox WHERE kind = 'mentoring_relay'
                              AND mentoring_person_id = ?1)`,
    )
      .bind(s.mari.person.id)
      .all<{ recipient: string; raw: string }>();
    expect(results).toHaveLength(1);
    expect(results[0]!.recipient).toBe(s.mari.person.email);
    const mail = parseMime(results[0]!.raw);
    expect(mail.headers.subject).toBe("Olena kirjutas teile");
    expect(mail.html).toContain('lang="et"');
    expect(mail.text).toContain("> Tere Mari! Can we meet on Tuesday at 18:00?");
    expect(mail.text).toContain("> I would like to <talk> about books.");
    expect(mail.html).toContain("I would like to &lt;talk&gt; about books.");
    expect(mail.html).not.toContain("<talk>");
    // Words in any language: the reader's mail client sets their direction.
    expect(mail.html).toContain('<blockquote dir="auto">');
    // Mari answers from her own page: the link is hers, not Olena's.
    expect(mail.text).toContain(`/mentoring/?person=${s.mari.person.id}#token=`);
    expect(mail.text).not.toContain(s.olena.person.id);
    expect(results[0]!.raw).not.toContain(s.olena.person.email);
    expect(results[0]!.raw.toLowerCase()).not.toContain("reply-to");

    const after = await relayOutbox([s.mari.person.id]);
    expect(after).toEqual([{ personId: s.mari.person.id, payload: "{}", status: "sent" }]);
    const report = (await (await s.admin("/report")).json()) as SeasonReport;
    expect(report.messagesRelayed).toBe(1);
  });

  it("lets the partner answer the same way, in the other direction", async () => {
    const s = await pairedSeason();
    const answer = await write(s.mari, { pairId: s.pairId, text: "Yes, Tuesday works." });
    expect(answer.status).toBe(201);
    const queued = await relayOutbox([s.mari.person.id, s.olena.person.id]);
    expect(queued.map((row) => row.personId)).toEqual([s.olena.person.id]);
  });

  it("refuses a pair that is not the sender's with 404", async () => {
    const s = await pairedSeason();
    const other = await pairedSeason();
    const refused = await write(s.olena, { pairId: other.pairId, text: words });
    expect(refused.status).toBe(404);
    expect(await relayRows(other.season.id)).toEqual([]);
  });

  it("refuses a pair not published yet, or ended, with 409 pair_ended", async () => {
    const proposed = await pairedSeason({}, "proposed");
    const early = await write(proposed.olena, { pairId: proposed.pairId, text: words });
    expect(early.status).toBe(409);
    expect((await errorOf(early)).code).toBe("pair_ended");

    const s = await pairedSeason();
    await s.admin(`/pairs/${s.pairId}/end`, { method: "POST" });
    const ended = await write(s.olena, { pairId: s.pairId, text: words });
    expect(ended.status).toBe(409);
    expect((await errorOf(ended)).code).toBe("pair_ended");
    expect(await relayOutbox([s.mari.person.id])).toEqual([]);
  });

  it("refuses a season that gives partners each other's address with 409 relay_off", async () => {
    const s = await pairedSeason({ contact: "email" });
    const refused = await write(s.olena, { pairId: s.pairId, text: words });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).code).toBe("relay_off");
    expect(await relayRows(s.season.id)).toEqual([]);
  });

  it("refuses the 11th message in 24 hours with 429 and when to try again", async () => {
    const s = await pairedSeason();
    for (let n = 1; n <= 10; n++) {
      const sent = await write(s.olena, { pairId: s.pairId, text: `Message ${n}` });
      expect(sent.status).toBe(201);
    }
    const eleventh = await write(s.olena, { pairId: s.pairId, text: "Message 11" });
    expect(eleventh.status).toBe(429);
    const error = await errorOf(eleventh);
    expect(error.code).toBe("message_limit");
    expect(error.params?.limit).toBe(10);
    const retryAfter = Number(eleventh.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(23 * 60 * 60);
    expect(retryAfter).toBeLessThanOrEqual(24 * 60 * 60);
    expect(await relayOutbox([s.mari.person.id])).toHaveLength(10);
    // The partner's own limit is theirs.
    expect((await write(s.mari, { pairId: s.pairId, text: "Hello" })).status).toBe(201);
  });

  it("refuses an empty or too long text on its field with 422", async () => {
    const s = await pairedSeason();
    const long = await write(s.olena, { pairId: s.pairId, text: "a".repeat(2001) });
    expect(long.status).toBe(422);
    const error = await errorOf(long);
    expect(error.fieldCodes?.text).toEqual({ code: "too_long", params: { max: 2000 } });
    const empty = await write(s.olena, { pairId: s.pairId, text: "   " });
    expect(empty.status).toBe(422);
    expect((await errorOf(empty)).fieldCodes?.text?.code).toBe("required");
    expect(await relayRows(s.season.id)).toEqual([]);
  });

  it("refuses a website the organisation does not allow, and a wrong token", async () => {
    const s = await pairedSeason();
    const foreign = await write(
      s.olena,
      { pairId: s.pairId, text: words },
      { Origin: "https://evil.example" },
    );
    expect(foreign.status).toBe(403);
    const wrongToken = await request(`/api/v1/mentoring/people/${s.olena.person.id}/messages`, {
      method: "POST",
      headers: {
        Authorization: "Bearer not-the-token",
        "Content-Type": "application/json",
        Origin: allowedOrigin,
      },
      body: JSON.stringify({ pairId: s.pairId, text: words }),
    });
    // A wrong token reads as no such sign-up, as on every manage route.
    expect(wrongToken.status).toBe(404);
    expect(await relayRows(s.season.id)).toEqual([]);
  });
});

describe("erasing relayed messages", () => {
  it("deletes a person's relay rows and the words still waiting when they erase their data", async () => {
    const s = await pairedSeason();
    await write(s.olena, { pairId: s.pairId, text: words });
    await write(s.mari, { pairId: s.pairId, text: "See you on Tuesday" });
    const erased = await request(`/api/v1/mentoring/people/${s.olena.person.id}/erase`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${tokenOfManageUrl(s.olena.manageUrl!)}`,
        Origin: allowedOrigin,
      },
    });
    expect(erased.status).toBe(204);
    expect(await relayRows(s.season.id)).toEqual([
      { senderId: s.mari.person.id, pairId: s.pairId },
    ]);
    const waiting = await relayOutbox([s.mari.person.id, s.olena.person.id]);
    expect(waiting.map((row) => row.payload)).toEqual(["{}", "{}"]);
    // Nothing is sent from or to an erased person.
    await deliverDueMessages(env, env.DB, { origin: "https://hearth.test", now: Date.now() });
    const statuses = await relayOutbox([s.mari.person.id, s.olena.person.id]);
    expect(statuses.map((row) => row.status)).toEqual(["skipped", "skipped"]);
  });

  it("deletes a season's relay rows and waiting words once retention erases the season", async () => {
    const ended = await pairedSeason();
    const running = await pairedSeason();
    await write(ended.olena, { pairId: ended.pairId, text: words });
    await write(running.olena, { pairId: running.pairId, text: words });
    await env.DB.prepare(`UPDATE mentoring_seasons SET ends_on = ?2 WHERE id = ?1`)
      .bind(ended.season.id, Date.now() - 31 * day)
      .run();
    await eraseEndedSeasons(env.DB, Date.now());
    expect(await relayRows(ended.season.id)).toEqual([]);
    expect((await relayOutbox([ended.mari.person.id]))[0]!.payload).toBe("{}");
    expect(await relayRows(running.season.id)).toHaveLength(1);
    expect((await relayOutbox([running.mari.person.id]))[0]!.payload).toContain("Tuesday");
  });
});
