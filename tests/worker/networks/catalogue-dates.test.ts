import { describe, expect, it } from "vitest";
import type { NetworkEventListResponse } from "../../../schema/contracts/networks.js";
import { createEvent, createOrganisation, request } from "../helpers.js";
import { createNetwork } from "./network-helpers.js";

const catalogue = async (networkSlug: string, query = "") => {
  const response = await request(`/api/v1/networks/${networkSlug}/events${query}`, {
    headers: { "Cache-Control": "no-cache" },
  });
  return { response, body: (await response.json()) as NetworkEventListResponse };
};

const minute = 60_000;

describe("a network's catalogue by date", () => {
  it("names the network's time zone, where the widget's days begin", async () => {
    const network = await createOrganisation({
      slug: `region-${crypto.randomUUID().slice(0, 8)}`,
      isNetwork: true,
      timeZone: "America/Santiago",
    });
    const { response, body } = await catalogue(network.slug);
    expect(response.status).toBe(200);
    expect(body.network.timeZone).toBe("America/Santiago");
  });

  it("keeps the events starting from one Tallinn midnight up to the next, as the widget sends them", async () => {
    const { network, members } = await createNetwork(1);
    const member = members[0]!.organisation;
    // 14 June 2030 in Tallinn (UTC+3 in summer) runs from 13 June 21:00 UTC to 14 June 21:00 UTC.
    const from = Date.parse("2030-06-13T21:00:00.000Z");
    const to = Date.parse("2030-06-14T21:00:00.000Z");
    const lateDayBefore = await createEvent(member.id, { startsAt: from - minute });
    const atMidnight = await createEvent(member.id, { startsAt: from });
    const lateThatDay = await createEvent(network.id, { startsAt: to - minute });
    const nextMidnight = await createEvent(member.id, { startsAt: to });

    const query = `?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
    const { response, body } = await catalogue(network.slug, query);
    expect(response.status).toBe(200);
    const ids = body.events.map((event) => event.id);
    expect(ids).toEqual([atMidnight.id, lateThatDay.id]);
    expect(ids).not.toContain(lateDayBefore.id);
    expect(ids).not.toContain(nextMidnight.id);
  });
});
