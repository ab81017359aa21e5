import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AdminEventListResponse } from "../../../schema/contracts/admin/events.js";
import type { EventListResponse } from "../../../schema/contracts/events.js";
import { createMember, dashboardOrigin } from "../admin-helpers.js";
import { createEvent, createOrganisation, createSlot, day, request } from "../helpers.js";

describe("the public events list on a database with years of events", () => {
  it("reads the coming events, not the 10,000 past ones, for the public and for organisers", async () => {
    const organisation = await createOrganisation();
    const now = Date.now();
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
       INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
         ends_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
       SELECT 'evt_old_' || i, ?1, 'meetup', 'published', '{"en":"Past"}', '{}', '{}',
              ?2 - i * 3600000 - 7200000, ?2 - i * 3600000, 'Europe/Tallinn', '["en"]', '[]', '{}', 0, 0
         FROM n`,
    )
      .bind(organisation.id, now)
      .run();
    const coming = await createEvent(organisation.id, { startsAt: now + day });
    await createSlot(coming);
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events`,
      {},
      {
        HEARTH_D1_METRICS: "1",
      },
    );
    expect(response.status).toBe(200);
    const { events } = await response.json<EventListResponse>();
    expect(events.map((event) => event.id)).toEqual([coming.id]);
    const rowsRead = Number(
      /rows_read=(\d+)/.exec(response.headers.get("Server-Timing") ?? "")?.[1],
    );
    expect(rowsRead).toBeLessThan(100);

    // The organisers' list of coming events: the same.
    const coordinator = await createMember(organisation.id, "coordinator");
    const admin = await request(
      `/api/v1/admin/orgs/${organisation.slug}/events`,
      { headers: { Cookie: coordinator.cookie, Origin: dashboardOrigin } },
      { HEARTH_D1_METRICS: "1" },
    );
    expect((await admin.json<AdminEventListResponse>()).events).toHaveLength(1);
    const adminRows = Number(/rows_read=(\d+)/.exec(admin.headers.get("Server-Timing") ?? "")?.[1]);
    expect(adminRows).toBeLessThan(100);
  });
});
