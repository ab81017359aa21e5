import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createOrganisation, request } from "../helpers.js";
import { createShifts } from "../volunteer-helpers.js";

const firstScreen = (slug: string, query: string) =>
  request(`/api/v1/orgs/${slug}/shifts/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

describe("GET /api/v1/orgs/:org/shifts/first-screen", () => {
  it("draws the shifts by day and role, and the form, in the reader's language", async () => {
    const { organisation, event, morning, drive } = await createShifts();
    const response = await firstScreen(
      organisation.slug,
      `event=${event.id}&lang=uk&tz=Europe/Tallinn`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="uk" dir="ltr" data-first-screen/);
    expect(markup).toContain('data-signup-origins="https://city.example"');
    // One day, two roles: the driver first (the soonest shift), each with what it asks.
    expect(markup.match(/<section class="day"/g)).toHaveLength(1);
    const roles = [...markup.matchAll(/<h4 lang="en" dir="ltr">([^<]+)<\/h4>/g)].map((m) => m[1]);
    expect(roles).toEqual(["Driver", "Kitchen help"]);
    expect(markup.match(/class="requirement muted"/g)).toHaveLength(3);
    expect(markup).toContain("18");
    // Both roles ask something (a declaration, an age): the widget sends those shifts.
    expect(markup).toContain(
      `name="shiftIds" value="${morning.id}" aria-invalid="false" data-widget-sends>`,
    );
    expect(markup).toContain(
      `name="shiftIds" value="${drive.id}" aria-invalid="false" data-widget-sends>`,
    );
    expect(markup).toContain('novalidate aria-busy="false" data-sends>');
    // About you: contact, the languages each in its own, consent; the button.
    expect(markup).toContain('<span lang="uk" dir="ltr">Українська</span>');
    expect(markup).toContain('<span lang="ar" dir="rtl">العربية</span>');
    expect(markup).toContain('id="consent" name="consent"');
    expect(markup).toMatch(
      /<button part="button" class="button submit" type="submit" data-sending="[^"]+" data-stalled="[^"]+" data-failed="[^"]+">[^<]+</,
    );
  });

  it("says so when there are no shifts, and names the zone only for a reader abroad", async () => {
    const organisation = await createOrganisation();
    const empty = await (await firstScreen(organisation.slug, "lang=en&tz=UTC")).text();
    expect(empty).toContain('<p class="empty">');
    expect(empty).not.toContain("<form");
    const { organisation: withShifts } = await createShifts();
    const hours = (markup: string) => /class="choice-label">([^<]+)</.exec(markup)?.[1] ?? "";
    const here = await (await firstScreen(withShifts.slug, "lang=en&tz=Europe/Tallinn")).text();
    const abroad = await (await firstScreen(withShifts.slug, "lang=en&tz=America/Lima")).text();
    expect(hours(abroad).length).toBeGreaterThan(hours(here).length);
  });

  it("refuses a missing or unknown time zone with 422, an unknown organisation with 404", async () => {
    const organisation = await createOrganisation();
    const bad = await firstScreen(organisation.slug, "tz=Nowhere");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json<ErrorEnvelope>()).error.fields ?? {})).toEqual(["tz"]);
    expect((await firstScreen(organisation.slug, "lang=en")).status).toBe(422);
    expect((await firstScreen("nobody-here", "tz=UTC")).status).toBe(404);
  });
});
