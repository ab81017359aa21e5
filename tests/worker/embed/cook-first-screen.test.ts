import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { steps } from "../../../schema/rules/cook-steps.js";
import { createEvent, createOrganisation, request } from "../helpers.js";

const firstScreen = (slug: string, festivalId: string, query: string) =>
  request(`/api/v1/orgs/${slug}/festivals/${festivalId}/applications/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

describe("GET /api/v1/orgs/:org/festivals/:eventId/applications/first-screen", () => {
  it("draws a new cook's first step in the reader's language, as the widget does", async () => {
    const organisation = await createOrganisation({ retentionDays: 45 });
    const festival = await createEvent(organisation.id, { kind: "festival" });
    const response = await firstScreen(organisation.slug, festival.id, "lang=uk");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="uk" dir="ltr" data-first-screen/);
    expect(markup).toContain('data-signup-origins="https://city.example"');
    // A dot per step, the first current, and where the cook is: step 1 of them all.
    expect(markup.match(/<li class="[^"]*" aria-current=/g)).toHaveLength(steps.length);
    expect(markup).toContain('<li class="current" aria-current="step">');
    expect(markup).toMatch(new RegExp(`role="status">[^<]*1[^<]*${steps.length}[^<]*</p>`));
    expect(markup).toContain('<input part="input" id="displayName" name="displayName"');
    expect(markup).toContain('<input part="input" type="checkbox" id="consent" name="consent"');
    // It sends itself, saying which screen it is.
    expect(markup).toContain(
      '<form part="form" class="step" novalidate aria-busy="false" data-sends>',
    );
    expect(markup).toContain('<input type="hidden" name="screen" value="name">');
    expect(markup).toContain("45");
    expect(markup).toMatch(
      /<button type="submit" part="button" class="button next" data-sending="[^"]+" data-stalled="[^"]+" data-failed="[^"]+">/,
    );
  });

  it("refuses a bad language with 422, an unknown festival or organisation with 404", async () => {
    const organisation = await createOrganisation();
    const festival = await createEvent(organisation.id, { kind: "festival" });
    const bad = await firstScreen(organisation.slug, festival.id, "lang=!!");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json<ErrorEnvelope>()).error.fields ?? {})).toEqual(["lang"]);
    expect((await firstScreen(organisation.slug, "evt_none", "")).status).toBe(404);
    expect((await firstScreen("nobody-here", festival.id, "")).status).toBe(404);
  });
});
