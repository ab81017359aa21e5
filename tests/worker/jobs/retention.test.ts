import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { runRetention } from "../../../worker/jobs/retention.js";
import {
  eraseRoundPastRetention,
  eventsDueForRetention,
} from "../../../worker/jobs/retention-queries.js";
import {
  createEvent,
  createOrganisation,
  createSlot,
  day,
  postSignUp,
  registrationsOf,
  signUpBody,
} from "../helpers.js";

describe("data retention", () => {
  it("erases personal data once the organisation's retention period after the event has passed", async () => {
    const organisation = await createOrganisation({ retentionDays: 10 });
    const event = await createEvent(organisation.id, { startsAt: Date.now() + day });
    const slot = await createSlot(event);
    await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { needs: { accessibility: "wheelchair" } }),
    );

    await runRetention(env.DB, event.endsAt + 9 * day);
    expect((await registrationsOf(slot.id))[0]).toMatchObject({ name: "Amina", erasedAt: null });

    await runRetention(env.DB, event.endsAt + 11 * day);
    const [row] = await registrationsOf(slot.id);
    expect(row).toMatchObject({
      name: "",
      email: null,
      accessibilityNeeds: null,
      status: "confirmed",
    });
    expect(row!.erasedAt).not.toBeNull();
  });

  it("deletes ended sessions, stale throttles, delivered messages and old refused websites, keeping live ones", async () => {
    const now = Date.now();
    const month = 31 * day;
    const organisation = await createOrganisation();
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO users (id, email, display_name, password_hash, password_changed_at, created_at)
         VALUES ('usr_housekeeping', 'hk@example.org', 'HK', 'x', 0, 0)`,
      ),
      env.DB.prepare(
        `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at)
         VALUES ('ses_old', 'h-old', 'usr_housekeeping', 0, 0, ?1),
                ('ses_live', 'h-live', 'usr_housekeeping', ?2, ?2, ?3)`,
      ).bind(now - month, now, now + day),
      env.DB.prepare(
        `INSERT INTO login_throttles (key, failures, window_started_at, locked_until)
         VALUES ('client:old', 3, ?1, NULL), ('client:locked', 20, ?1, ?2)`,
      ).bind(now - 2 * day, now + day),
      env.DB.prepare(
        `INSERT INTO outbox (id, organisation_id, kind, payload, status, next_attempt_at, created_at)
         VALUES ('msg_old', ?1, 'digest', '{}', 'sent', 0, ?2), ('msg_failed', ?1, 'digest', '{}', 'failed', 0, ?2)`,
      ).bind(organisation.id, now - 100 * day),
      env.DB.prepare(
        `INSERT INTO refused_origins (organisation_id, origin, attempts, first_seen_at, last_seen_at)
         VALUES (?1, 'https://gone.example', 3, ?2, ?2), (?1, 'https://recent.example', 1, ?2, ?3)`,
      ).bind(organisation.id, now - 100 * day, now - day),
    ]);
    await runRetention(env.DB, now);
    const ids = async (sql: string) =>
      (await env.DB.prepare(sql).all<{ id: string }>()).results.map((row) => row.id).sort();
    expect(await ids(`SELECT id FROM sessions WHERE user_id = 'usr_housekeeping'`)).toEqual([
      "ses_live",
    ]);
    expect(await ids(`SELECT key AS id FROM login_throttles WHERE key LIKE 'client:%'`)).toEqual([
      "client:locked",
    ]);
    expect(await ids(`SELECT id FROM outbox WHERE id LIKE 'msg_%' AND kind = 'digest'`)).toEqual([
      "msg_failed",
    ]);
    // A refused website not seen for three months leaves the settings' list.
    expect(
      await ids(
        `SELECT origin AS id FROM refused_origins WHERE organisation_id = '${organisation.id}'`,
      ),
    ).toEqual(["https://recent.example"]);
  });
});

describe("retention rounds", () => {
  it("erases at most a round's size of people per kind, the next round the rest", async () => {
    const organisation = await createOrganisation({ retentionDays: 10 });
    const event = await createEvent(organisation.id, { startsAt: Date.now() + day });
    const slot = await createSlot(event, { capacity: 10 });
    for (const name of ["Amina", "Bashir", "Chen"]) {
      await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { name }));
    }
    const later = event.endsAt + 11 * day;
    const due = [event.id];
    expect(await eventsDueForRetention(env.DB, later, 500)).toContain(event.id);
    expect((await eraseRoundPastRetention(env.DB, later, 2, due)).registrations).toBe(2);
    expect((await registrationsOf(slot.id)).filter((row) => row.erasedAt === null)).toHaveLength(1);
    expect((await eraseRoundPastRetention(env.DB, later, 2, due)).registrations).toBe(1);
    expect((await eraseRoundPastRetention(env.DB, later, 2, due)).registrations).toBe(0);
  });

  it("stops reading an event once everyone it held is erased, and reopens it for a person added later", async () => {
    const organisation = await createOrganisation({ retentionDays: 10 });
    const event = await createEvent(organisation.id, { startsAt: Date.now() + day });
    const slot = await createSlot(event, { capacity: 10 });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { name: "Amina" }));
    const later = event.endsAt + 11 * day;

    await runRetention(env.DB, later);
    expect(await eventsDueForRetention(env.DB, later, 500)).not.toContain(event.id);
    const erasedAt = async () =>
      (
        await env.DB.prepare(`SELECT people_erased_at AS at FROM events WHERE id = ?`)
          .bind(event.id)
          .first<{ at: number | null }>()
      )?.at;
    expect(await erasedAt()).toBe(later);

    // Someone added to the long-past event (by hand here): retention takes the event up again.
    await env.DB.prepare(
      `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, locale,
         consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
       VALUES ('reg_late', ?1, ?2, ?3, 'confirmed', 1, 'Bashir', 'en', 0, 'late', 'x', 'x', 0, 0)`,
    )
      .bind(organisation.id, event.id, slot.id)
      .run();
    expect(await erasedAt()).toBeNull();
    await runRetention(env.DB, later + day);
    const late = (await registrationsOf(slot.id)).find((row) => row.id === "reg_late");
    expect(late).toMatchObject({ name: "" });
    expect(await erasedAt()).toBe(later + day);
  });
});
