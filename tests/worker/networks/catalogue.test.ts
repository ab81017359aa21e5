import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { NetworkEventListResponse } from "../../../schema/contracts/networks.js";
import { createEvent, createOrganisation, createSlot, day, request } from "../helpers.js";
import { createNetwork } from "./network-helpers.js";

const catalogue = async (networkSlug: string, query = "") => {
  const response = await request(`/api/v1/networks/${networkSlug}/events${query}`, {
    headers: { "Cache-Control": "no-cache" },
  });
  return { response, body: (await response.json()) as NetworkEventListResponse };
};

describe("a network's catalogue", () => {
  it("lists the upcoming events of the network and every member, soonest first, with each organiser in its colours", async () => {
    const { network, members } = await createNetwork(2);
    const [first, second] = members.map((member) => member.organisation);
    const own = await createEvent(network.id, { startsAt: Date.now() + 3 * day });
    const a = await createEvent(first!.id, { startsAt: Date.now() + 1 * day });
    const b = await createEvent(second!.id, { startsAt: Date.now() + 2 * day });
    await createSlot(a);
    await createEvent(first!.id, { status: "draft" });
    await createEvent(first!.id, { startsAt: Date.now() - 5 * day });
    const outsider = await createOrganisation();
    await createEvent(outsider.id);

    const { response, body } = await catalogue(network.slug);
    expect(response.status).toBe(200);
    expect(body.events.map((event) => event.id)).toEqual([a.id, b.id, own.id]);
    expect(body.events[0]?.organiser).toEqual({
      slug: first!.slug,
      name: first!.name,
      colours: { "color-primary": "#0b57d0" },
    });
    expect(body.events[0]?.slots[0]?.remaining).toBe(20);
    expect(body.network).toEqual({
      slug: network.slug,
      name: network.name,
      timeZone: "Europe/Tallinn",
    });
    expect(body.organisers.map((organiser) => organiser.slug).sort()).toEqual(
      [network.slug, first!.slug, second!.slug].sort(),
    );
    expect(body.signupOrigins).toEqual(["https://region.example"]);
    // Each event's calendar is its organiser's.
    expect(body.events[0]?.calendarUrl).toContain(`/orgs/${first!.slug}/events/${a.id}/`);
  });

  it("filters by organiser, kind, region, language spoken and date", async () => {
    const { network, members } = await createNetwork(2);
    const [first, second] = members.map((member) => member.organisation);
    const course = await createEvent(first!.id, {
      kind: "course",
      region: "Tartu",
      languages: ["uk", "et"],
      startsAt: Date.now() + 10 * day,
    });
    const meetup = await createEvent(second!.id, { region: "Harju", languages: ["fa-AF"] });

    const ids = async (query: string) =>
      (await catalogue(network.slug, query)).body.events.map((event) => event.id);
    expect(await ids(`?organiser=${first!.slug}`)).toEqual([course.id]);
    expect(await ids("?kind=course")).toEqual([course.id]);
    expect(await ids("?region=tartu")).toEqual([course.id]);
    // A language finds its regional tags too (`fa` finds `fa-AF`), a regional tag only itself.
    expect(await ids("?language=fa")).toEqual([meetup.id]);
    expect(await ids("?language=fa-af")).toEqual([meetup.id]);
    expect(await ids("?language=fa-IR")).toEqual([]);
    const from = new Date(Date.now() + 9 * day).toISOString();
    expect(await ids(`?from=${from}`)).toEqual([course.id]);
  });

  it("follows each member's choice and the event's own, and the network's featuring and hiding", async () => {
    const { network, networkOwner, members } = await createNetwork(2);
    const [first, second] = members;
    const shown = await createEvent(first!.organisation.id, { startsAt: Date.now() + day });
    const optedOut = await createEvent(first!.organisation.id, {
      startsAt: Date.now() + 2 * day,
      networkListing: "unlisted",
    });
    const quiet = await createEvent(second!.organisation.id, { startsAt: Date.now() + 3 * day });
    const optedIn = await createEvent(second!.organisation.id, {
      startsAt: Date.now() + 4 * day,
      networkListing: "listed",
    });
    // The second member lists nothing by default: only the event that says so appears.
    const off = await second!.owner.as(
      `/api/v1/admin/orgs/${second!.organisation.slug}/networks/${network.slug}`,
      { method: "PUT", json: { listByDefault: false } },
    );
    expect(off.status).toBe(204);
    let ids = (await catalogue(network.slug)).body.events.map((event) => event.id);
    expect(ids).toEqual([shown.id, optedIn.id]);
    expect(ids).not.toContain(optedOut.id);
    expect(ids).not.toContain(quiet.id);

    const curate = (eventId: string, state: string | null) =>
      networkOwner.as(`/api/v1/admin/orgs/${network.slug}/network/events/${eventId}/curation`, {
        method: "PUT",
        json: { state },
      });
    expect((await curate(optedIn.id, "featured")).status).toBe(204);
    expect((await curate(shown.id, "hidden")).status).toBe(204);
    const page = (await catalogue(network.slug)).body;
    expect(page.events.map((event) => [event.id, event.featured])).toEqual([[optedIn.id, true]]);
    expect((await catalogue(network.slug, "?featured=1")).body.events).toHaveLength(1);

    // Clearing the network's say brings the hidden event back.
    expect((await curate(shown.id, null)).status).toBe(204);
    ids = (await catalogue(network.slug)).body.events.map((event) => event.id);
    expect(ids).toEqual([shown.id, optedIn.id]);
  });

  it("drops a member's events at once when it leaves", async () => {
    const { network, members } = await createNetwork(1);
    const [member] = members;
    const event = await createEvent(member!.organisation.id);
    expect((await catalogue(network.slug)).body.events.map((e) => e.id)).toEqual([event.id]);
    const left = await member!.owner.as(
      `/api/v1/admin/orgs/${member!.organisation.slug}/networks/${network.slug}`,
      { method: "DELETE" },
    );
    expect(left.status).toBe(204);
    expect((await catalogue(network.slug)).body.events).toEqual([]);
  });

  it("is never kept by a cache: a reader who asks plainly sees a member's leaving at once", async () => {
    const { network, members } = await createNetwork(1);
    const [member] = members;
    const event = await createEvent(member!.organisation.id);
    const plainRead = () => request(`/api/v1/networks/${network.slug}/events`);
    const first = await plainRead();
    expect(first.headers.get("Cache-Control")).toBe("public, no-cache");
    const etag = first.headers.get("ETag");
    expect(((await first.json()) as NetworkEventListResponse).events.map((e) => e.id)).toEqual([
      event.id,
    ]);
    const unchanged = await request(`/api/v1/networks/${network.slug}/events`, {
      headers: { "If-None-Match": etag! },
    });
    expect(unchanged.status).toBe(304);
    await member!.owner.as(
      `/api/v1/admin/orgs/${member!.organisation.slug}/networks/${network.slug}`,
      { method: "DELETE" },
    );
    const after = await plainRead();
    expect(after.status).toBe(200);
    expect(((await after.json()) as NetworkEventListResponse).events).toEqual([]);
  });

  it("pages with a cursor", async () => {
    const { network, members } = await createNetwork(1);
    const id = members[0]!.organisation.id;
    const upcoming = [];
    for (let index = 0; index < 3; index++) {
      upcoming.push(await createEvent(id, { startsAt: Date.now() + (index + 1) * day }));
    }
    const first = (await catalogue(network.slug, "?limit=2")).body;
    expect(first.events.map((event) => event.id)).toEqual([upcoming[0]!.id, upcoming[1]!.id]);
    expect(first.nextCursor).not.toBeNull();
    const second = (await catalogue(network.slug, `?limit=2&cursor=${first.nextCursor}`)).body;
    expect(second.events.map((event) => event.id)).toEqual([upcoming[2]!.id]);
    expect(second.nextCursor).toBeNull();
  });

  it("is one D1 round trip that reads the coming events, not 10,000 past ones of its members", async () => {
    const { network, members } = await createNetwork(2);
    const now = Date.now();
    for (const { organisation } of members) {
      await env.DB.prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
         INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
           ends_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
         SELECT 'evt_past_' || ?1 || '_' || i, ?1, 'meetup', 'published', '{"en":"Past"}', '{}', '{}',
                ?2 - i * 3600000 - 7200000, ?2 - i * 3600000, 'Europe/Tallinn', '["en"]', '[]', '{}', 0, 0
           FROM n`,
      )
        .bind(organisation.id, now)
        .run();
    }
    const coming = await createEvent(members[1]!.organisation.id, { startsAt: now + day });
    await createSlot(coming);
    const response = await request(
      `/api/v1/networks/${network.slug}/events`,
      { headers: { "Cache-Control": "no-cache" } },
      { HEARTH_D1_METRICS: "1" },
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as NetworkEventListResponse).events.map((e) => e.id)).toEqual([
      coming.id,
    ]);
    const timing = response.headers.get("Server-Timing") ?? "";
    expect(Number(/round_trips=(\d+)/.exec(timing)?.[1])).toBe(1);
    expect(Number(/rows_read=(\d+)/.exec(timing)?.[1])).toBeLessThan(100);
  });

  it("answers an unknown network, an organisation that is not one, and bad filters clearly", async () => {
    const unknown = await request("/api/v1/networks/no-such-network/events");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe("not_found");

    const plain = await createOrganisation();
    expect((await request(`/api/v1/networks/${plain.slug}/events`)).status).toBe(404);

    const { network } = await createNetwork(0);
    const bad = await request(`/api/v1/networks/${network.slug}/events?language=<b>&featured=yes`);
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { fields: Record<string, string> } };
    expect(Object.keys(body.error.fields).sort()).toEqual(["featured", "language"]);
  });

  it("serves a calendar feed of every member's events", async () => {
    const { network, members } = await createNetwork(2);
    const a = await createEvent(members[0]!.organisation.id);
    const b = await createEvent(members[1]!.organisation.id);
    const response = await request(`/api/v1/networks/${network.slug}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toContain("text/calendar");
    const text = await response.text();
    expect(text).toContain(`UID:${a.id}@`);
    expect(text).toContain(`UID:${b.id}@`);
    expect(text).toContain("X-WR-CALNAME:Test Region");
  });
});
