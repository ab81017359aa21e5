import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { postSignUp, request, signUpBody } from "../helpers.js";
import { createVisit } from "../visit-helpers.js";

const origin = "http://localhost";
const timeZone = "Europe/Tallinn";
const clock = (ms: number) =>
  new Intl.DateTimeFormat("en", { timeZone, hour: "numeric", minute: "2-digit" }).format(ms);
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");

/** A group, a host and an interpreter signed up for one visit, and what each was sent. */
async function visitWithEveryone() {
  const visit = await createVisit();
  const tag = crypto.randomUUID().slice(0, 8);
  const sign = async (slotId: string, body: Parameters<typeof signUpBody>[1]) => {
    const response = await postSignUp(
      visit.organisation.slug,
      visit.event.id,
      signUpBody(slotId, body),
    );
    expect(response.status).toBe(201);
    return (await response.json<SignUpResponse>()).registration;
  };
  const group = await sign(visit.visitorSlot.id, {
    adults: 3,
    pickupPointId: visit.pickups[1]!,
    languages: ["fa", "uk"],
    email: `group-${tag}@example.org`,
  });
  const host = await sign(visit.hostSlot.id, {
    name: "Farm",
    offer: "Tea on the farm",
    email: `host-${tag}@example.org`,
  });
  const interpreter = await sign(visit.interpreterSlot.id, {
    name: "Olena",
    languages: ["uk", "et"],
    email: `interpreter-${tag}@example.org`,
  });
  await deliverDueMessages(env, env.DB, { origin, now: Date.now() + 1000 });
  const mail = async (who: string) => {
    const { results } = await env.DB.prepare(
      `SELECT raw FROM dev_mailbox WHERE recipient = ?1 ORDER BY rowid`,
    )
      .bind(`${who}-${tag}@example.org`)
      .all<{ raw: string }>();
    const parsed = parseMime(results.at(-1)!.raw);
    const invite = parsed.attachments.find((part) => part.contentType.startsWith("text/calendar"));
    return { text: parsed.text, invite: unfold(invite?.content ?? "") };
  };
  return { visit, group, host, interpreter, mail };
}

describe("each kind of visit sign-up gets its own message", () => {
  it("tells a group where and when the bus picks them up, and the day's outline", async () => {
    const { visit, mail } = await visitWithEveryone();
    const { text, invite } = await mail("group");
    const departs = visit.event.startsAt + 1_800_000;
    expect(text).toContain(`Centre 2, the bus leaves at ${clock(departs)}`);
    expect(text).toContain("The day");
    expect(text).toContain(`${clock(visit.event.startsAt + 3_600_000)} Stop 1`);
    expect(text).toContain("3 adults");
    expect(invite).toContain("LOCATION:Centre 2");
  });

  it("tells a host their stop and time, who is coming and what they offered", async () => {
    const { visit, mail } = await visitWithEveryone();
    const { text, invite } = await mail("host");
    expect(text).toContain(
      `Stop 2, the group arrives at ${clock(visit.event.startsAt + 7_200_000)}`,
    );
    expect(text).toContain("3 people");
    expect(text).toContain("Persian");
    expect(text).toContain("Tea on the farm");
    expect(text).not.toContain("Who is coming");
    expect(invite).toContain("LOCATION:Stop 2");
  });

  it("tells an interpreter their languages and where the day starts", async () => {
    const { visit, mail } = await visitWithEveryone();
    const { text } = await mail("interpreter");
    expect(text).toContain("Ukrainian");
    expect(text).toContain("Estonian");
    expect(text).toContain(`Centre 1, the bus leaves at ${clock(visit.event.startsAt)}`);
    expect(text).toContain("The day");
  });

  it("tells the group what to bring and who to call, in their language when written in it", async () => {
    const visit = await createVisit();
    await env.DB.prepare(`UPDATE events SET what_to_bring = ?2, day_contact = ?3 WHERE id = ?1`)
      .bind(
        visit.event.id,
        JSON.stringify({ en: "Packed lunch", uk: "Обід із собою" }),
        "Mari, +372 5555 0101",
      )
      .run();
    const email = `group-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const response = await postSignUp(
      visit.organisation.slug,
      visit.event.id,
      signUpBody(visit.visitorSlot.id, {
        pickupPointId: visit.pickups[0]!,
        languages: ["uk"],
        email,
        locale: "uk",
      }),
    );
    expect(response.status).toBe(201);
    await deliverDueMessages(env, env.DB, { origin, now: Date.now() + 1000 });
    const { raw } = (await env.DB.prepare(`SELECT raw FROM dev_mailbox WHERE recipient = ?1`)
      .bind(email)
      .first<{ raw: string }>())!;
    const { text } = parseMime(raw);
    expect(text).toContain("Що взяти з собою: Обід із собою");
    expect(text).toContain("Кому телефонувати в цей день: Mari, +372 5555 0101");
    expect(text).not.toContain("Packed lunch");
  });

  it("gives the group a calendar file that starts at their pick-up", async () => {
    const { group } = await visitWithEveryone();
    const url = new URL(group.calendarUrl);
    const file = unfold(await (await request(url.pathname + url.search)).text());
    expect(file).toContain("LOCATION:Centre 2");
  });
});
