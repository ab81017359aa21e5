import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { WorkbenchResponse, SeasonReport } from "../../../schema/contracts/admin/mentoring.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { createMember } from "../admin-helpers.js";
import { createSeason, intakeBody, signedUp } from "./mentoring-helpers.js";

const mornings = [{ day: "mon" as const, part: "morning" as const }];

/** A season with two mentors and three learners; one learner is free only on Monday mornings. */
async function season() {
  const made = await createSeason();
  const sign = (body: Parameters<typeof intakeBody>[0]) =>
    signedUp(made.organisation.slug, made.season.id, intakeBody(body));
  const mari = await sign({
    role: "mentor",
    firstName: "Mari",
    level: "C2",
    locale: "et",
    languages: [{ code: "ru", fluency: "good" }],
    interests: ["music", "cooking"],
    capacity: 1,
  });
  const jaan = await sign({
    role: "mentor",
    firstName: "Jaan",
    level: "C2",
    locale: "en",
    languages: [{ code: "en", fluency: "fluent" }],
    interests: ["books"],
    capacity: 1,
  });
  const olena = await sign({
    firstName: "Olena",
    locale: "uk",
    languages: [{ code: "ru", fluency: "fluent" }],
    interests: ["music", "cooking"],
  });
  const karim = await sign({
    firstName: "Karim",
    locale: "ar",
    languages: [
      { code: "ar", fluency: "native" },
      { code: "en", fluency: "good" },
    ],
    interests: ["books"],
  });
  const hodan = await sign({ firstName: "Hodan", locale: "so", availability: mornings });
  const workbench = async () =>
    (await (await made.admin("/workbench")).json()) as WorkbenchResponse;
  const solve = async (pairingVersion?: number) =>
    made.admin("/solve", {
      method: "POST",
      json: { pairingVersion: pairingVersion ?? (await workbench()).season.pairingVersion },
    });
  return { ...made, mari, jaan, olena, karim, hodan, workbench, solve };
}

const pairsOf = (workbench: WorkbenchResponse) =>
  workbench.pairs
    .map(
      (pair) => `${pair.mentorId}:${pair.learnerId}:${pair.state}${pair.locked ? ":locked" : ""}`,
    )
    .sort();

describe("the coordinator's workbench", () => {
  it("solves for the best pairs with their reasons, and says why someone has no partner", async () => {
    const s = await season();
    const solved = await s.solve();
    expect(solved.status).toBe(200);
    const workbench = (await solved.json()) as WorkbenchResponse;
    expect(pairsOf(workbench)).toEqual(
      [
        `${s.mari.person.id}:${s.olena.person.id}:proposed`,
        `${s.jaan.person.id}:${s.karim.person.id}:proposed`,
      ].sort(),
    );
    const mariOlena = workbench.pairs.find((pair) => pair.mentorId === s.mari.person.id)!;
    expect(mariOlena.reasons).toEqual([
      { code: "shared_hours", hours: 8 },
      { code: "shared_interests", interests: ["music", "cooking"] },
      { code: "shared_languages", languages: ["ru"] },
    ]);
    expect(workbench.unmatched).toEqual([
      {
        id: s.hodan.person.id,
        role: "learner",
        reason: { code: "no_allowed_partner", rule: "hours", candidates: 0 },
      },
    ]);
    expect(workbench.overview).toMatchObject({ mentors: 2, learners: 3, places: 2 });
    // Reading the people is recorded (ids only).
    const audit = await env.DB.prepare(
      `SELECT count(*) AS n FROM audit_log WHERE target_id = ?1 AND action = 'mentoring.viewed'`,
    )
      .bind(s.season.id)
      .first<{ n: number }>();
    expect(audit?.n).toBeGreaterThan(0);
  });

  it("keeps a lock and never makes a banned pair when solving again; refuses a lock that breaks a rule, naming it", async () => {
    const s = await season();
    await s.solve();
    const lock = await s.admin("/locks", {
      method: "PUT",
      json: { mentorId: s.jaan.person.id, learnerId: s.olena.person.id },
    });
    expect(lock.status).toBe(200);
    const ban = await s.admin("/bans", {
      method: "PUT",
      json: { mentorId: s.jaan.person.id, learnerId: s.karim.person.id },
    });
    expect(ban.status).toBe(200);
    const again = (await (await s.solve()).json()) as WorkbenchResponse;
    expect(pairsOf(again)).toEqual(
      [
        `${s.jaan.person.id}:${s.olena.person.id}:proposed:locked`,
        `${s.mari.person.id}:${s.karim.person.id}:proposed`,
      ].sort(),
    );

    const broken = await s.admin("/locks", {
      method: "PUT",
      json: { mentorId: s.mari.person.id, learnerId: s.hodan.person.id },
    });
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as ErrorEnvelope).error.fieldCodes).toEqual({
      pair: { code: "lock_breaks_rule", params: { rule: "hours" } },
    });
  });

  it("refuses a second coordinator's solve made on the proposal the first one replaced", async () => {
    const s = await season();
    const seen = (await s.workbench()).season.pairingVersion;
    const [first, second] = await Promise.all([s.solve(seen), s.solve(seen)]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const pairs = await env.DB.prepare(
      `SELECT count(*) AS n FROM mentoring_pairs WHERE season_id = ?1`,
    )
      .bind(s.season.id)
      .first<{ n: number }>();
    expect(pairs?.n).toBe(2);
  });

  it("publishes once: each person gets one introduction in their own language with their partner's first name", async () => {
    const s = await season();
    const solved = (await (await s.solve()).json()) as WorkbenchResponse;
    const publish = () =>
      s.admin("/publish", {
        method: "POST",
        json: { pairingVersion: solved.season.pairingVersion },
      });
    const first = await publish();
    expect(first.status).toBe(200);
    expect(((await first.json()) as { introduced: number }).introduced).toBe(4);
    const twice = await publish();
    expect(twice.status).toBe(200);
    expect(((await twice.json()) as { introduced: number }).introduced).toBe(0);

    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: Date.now() });
    const mail = async (address: string) => {
      const { results } = await env.DB.prepare(
        `SELECT raw FROM dev_mailbox WHERE recipient = ?1 ORDER BY rowid`,
      )
        .bind(address)
        .all<{ raw: string }>();
      return results.map((row) => parseMime(row.raw));
    };
    const olenas = await mail(s.olena.person.email);
    expect(olenas).toHaveLength(2); // the sign-up received, then the introduction
    expect(olenas[1]!.headers.subject).toContain("Mari");
    expect(olenas[1]!.text).toContain("Mari");
    expect(olenas[1]!.html).toContain('lang="uk"');
    expect(olenas[1]!.text).not.toContain("@example.org"); // addresses stay hidden (relay)
    const maris = await mail(s.mari.person.email);
    expect(maris.at(-1)!.headers.subject).toContain("Olena");
    expect(maris.at(-1)!.html).toContain('lang="et"');
    expect((await mail(s.hodan.person.email)).length).toBe(1);

    // Published pairs stay when solving again, and nobody is introduced twice.
    const again = (await (await s.solve()).json()) as WorkbenchResponse;
    expect(again.pairs.filter((pair) => pair.state === "published")).toHaveLength(2);
  });

  it("shares addresses only once both partners agree, and ends a pair early", async () => {
    const s = await season();
    const solved = (await (await s.solve()).json()) as WorkbenchResponse;
    await s.admin("/publish", {
      method: "POST",
      json: { pairingVersion: solved.season.pairingVersion },
    });
    const pair = solved.pairs.find((p) => p.learnerId === s.olena.person.id)!;
    const share = (who: typeof s.olena) =>
      fetchAs(who, "/share-contact", { method: "POST", body: JSON.stringify({ pairId: pair.id }) });
    const olenaFirst = (await (await share(s.olena)).json()) as {
      person: { partners: { email: string | null; youShared: boolean }[] };
    };
    expect(olenaFirst.person.partners[0]).toMatchObject({ email: null, youShared: true });
    const mari = (await (await share(s.mari)).json()) as {
      person: { partners: { email: string | null }[] };
    };
    expect(mari.person.partners[0]!.email).toBe(s.olena.person.email);

    const ended = await s.admin(`/pairs/${pair.id}/end`, { method: "POST" });
    expect(ended.status).toBe(200);
    const report = (await (await s.admin("/report")).json()) as SeasonReport;
    expect(report).toMatchObject({ pairsFormed: 2, pairsEndedEarly: 1, mentors: 2, learners: 3 });
  });

  it("is closed to coordinators and to other organisations", async () => {
    const s = await season();
    const coordinator = await createMember(s.organisation.id, "coordinator");
    const refused = await coordinator.as(
      `/api/v1/admin/orgs/${s.organisation.slug}/mentoring/seasons/${s.season.id}/workbench`,
    );
    expect(refused.status).toBe(403);
  });
});

async function fetchAs(
  who: { person: { id: string }; manageUrl?: string },
  path: string,
  init: RequestInit,
) {
  const token = new URL(who.manageUrl!).hash.replace("#token=", "");
  const { request } = await import("../helpers.js");
  return request(`/api/v1/mentoring/people/${who.person.id}${path}`, {
    ...init,
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/json",
      Origin: "https://city.example",
    },
  });
}

describe("the mid-season check-in", () => {
  it("asks both people of every running pair once, halfway, and counts the faces in the report", async () => {
    const s = await season();
    const solved = (await (await s.solve()).json()) as WorkbenchResponse;
    await s.admin("/publish", {
      method: "POST",
      json: { pairingVersion: solved.season.pairingVersion },
    });
    const { queueCheckIns } = await import("../../../worker/jobs/queue-check-ins.js");
    const row = await env.DB.prepare(
      `SELECT starts_on, ends_on FROM mentoring_seasons WHERE id = ?1`,
    )
      .bind(s.season.id)
      .first<{ starts_on: number; ends_on: number }>();
    const halfway = (row!.starts_on + row!.ends_on) / 2;
    await queueCheckIns(env.DB, halfway - 60_000);
    const count = async () =>
      (
        await env.DB.prepare(
          `SELECT count(*) AS n FROM outbox o JOIN mentoring_people p ON p.id = o.mentoring_person_id
            WHERE p.season_id = ?1 AND o.kind = 'mentoring_check_in'`,
        )
          .bind(s.season.id)
          .first<{ n: number }>()
      )?.n;
    expect(await count()).toBe(0);
    await queueCheckIns(env.DB, halfway + 60_000);
    await queueCheckIns(env.DB, halfway + 120_000);
    expect(await count()).toBe(4);

    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: halfway + 180_000 });
    const { results } = await env.DB.prepare(
      `SELECT raw FROM dev_mailbox WHERE recipient = ?1 ORDER BY rowid DESC LIMIT 1`,
    )
      .bind(s.olena.person.email)
      .all<{ raw: string }>();
    const mail = parseMime(results[0]!.raw);
    const link = /https?:\/\/localhost\/r\/mentoring-check-in\/[^\s"<>]+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const { request } = await import("../helpers.js");
    const path = new URL(link!).pathname;
    const form = await request(path);
    expect(form.status).toBe(200);
    const page = await form.text();
    expect(page).toContain("Mari");
    expect(page).toContain('name="hours"');
    const answer = (score: string, hours = "") =>
      request(path, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ score, comment: "We meet every Tuesday.", hours }).toString(),
      });
    // Hours that are not a whole number from 0 to 500: the form comes back, answers kept.
    const refused = await answer("5", "7.5");
    expect(refused.status).toBe(400);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain('id="hours-error"');
    expect(refusedPage).toContain('value="7.5"');
    expect(refusedPage).toContain("We meet every Tuesday.");
    expect((await answer("5", "12")).status).toBe(200);
    expect((await answer("1")).status).toBe(200);
    const stored = await env.DB.prepare(
      `SELECT score FROM mentoring_check_ins WHERE person_id = ?1`,
    )
      .bind(s.olena.person.id)
      .all<{ score: number }>();
    expect(stored.results).toEqual([{ score: 5 }]); // one answer per person and pair
    const mariLink = await env.DB.prepare(
      `SELECT p.id AS pairId FROM mentoring_pairs p WHERE p.learner_id = ?1 AND p.mentor_id = ?2`,
    )
      .bind(s.olena.person.id, s.mari.person.id)
      .first<{ pairId: string }>();
    // Her mentor says 9 hours for the same pair: the report keeps one figure a pair, the larger.
    await env.DB.prepare(
      `INSERT INTO mentoring_check_ins (pair_id, person_id, score, hours_met, created_at)
       VALUES (?1, ?2, 4, 9, 1)`,
    )
      .bind(mariLink!.pairId, s.mari.person.id)
      .run();
    const tampered = await request(path.replace(/.$/, (c) => (c === "A" ? "B" : "A")));
    expect(tampered.status).toBe(404);
    const report = (await (await s.admin("/report")).json()) as SeasonReport;
    expect(report.checkIns).toEqual({ good: 2, okay: 0, bad: 0, comments: 1 });
    expect(report.hours).toEqual({ pairsReporting: 1, met: 12 });
  });
});
