import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createEvent, request } from "../helpers.js";
import { createVisit } from "../visit-helpers.js";

const firstScreen = (slug: string, query: string) =>
  request(`/api/v1/orgs/${slug}/visits/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

describe("GET /api/v1/orgs/:org/visits/first-screen", () => {
  it("draws the visits list's first page in the reader's language, each day folded under its card", async () => {
    const { organisation, event } = await createVisit({ capacity: 10, waitlistCapacity: 0 });
    await createEvent(organisation.id, { kind: "meetup", title: { en: "Not a visit" } });
    const response = await firstScreen(organisation.slug, "lang=uk&tz=Europe/Tallinn");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="uk" dir="ltr" data-first-screen>/);
    expect(markup).not.toContain("Not a visit");
    expect(markup).toContain(`data-event="${event.id}"`);
    // The visitors' seats only (not the hosts' or interpreters'), worded in Ukrainian.
    expect(markup).toMatch(/<p part="availability" class="availability open">[^<]*10[^<]*<\/p>/);
    expect(markup).toContain('<p part="status" class="count" role="status">');
    // The day: stops in order, then the pick-up points, inside the closed "Show the day".
    expect(markup).toMatch(
      /<details part="day" class="show-day"><summary>[^<]+<\/summary><section class="day">/,
    );
    expect(markup.indexOf("Stop 1")).toBeLessThan(markup.indexOf("Stop 2"));
    expect(markup).toContain("Centre 1");
    // One region: no filter, as the widget draws it.
    expect(markup).not.toContain('id="region"');
  });

  it("keeps a chosen region and says when it has no visits", async () => {
    const { organisation } = await createVisit();
    const markup = await (
      await firstScreen(organisation.slug, "region=Harju&lang=en&tz=Europe/Tallinn")
    ).text();
    expect(markup).toContain('<option value="Harju" selected>Harju</option>');
    expect(markup).toContain('<p part="empty" class="empty">No visits in this region right now.');
  });

  it("refuses a bad time zone with 422 and an unknown organisation with 404", async () => {
    const { organisation } = await createVisit();
    const bad = await firstScreen(organisation.slug, "tz=Nowhere");
    expect(bad.status).toBe(422);
    expect((await bad.json<ErrorEnvelope>()).error.fields).toHaveProperty("tz");
    expect((await firstScreen("nobody-here", "tz=UTC")).status).toBe(404);
  });
});
