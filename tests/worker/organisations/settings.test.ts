import { describe, expect, it } from "vitest";
import type { OrganisationSettingsResponse } from "../../../schema/contracts/admin/settings.js";
import type { OrganisationResponse } from "../../../schema/contracts/events.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createMember } from "../admin-helpers.js";
import { allowedOrigin, createOrganisation, request } from "../helpers.js";

const errorOf = async (response: Response) => (await response.json<ErrorEnvelope>()).error;

function settingsBody(overrides: Record<string, unknown> = {}) {
  return {
    name: "Test City Council",
    defaultLocale: "es",
    locales: ["es", "en"],
    timeZone: "Europe/Madrid",
    allowedOrigins: ["https://www.city.example", "http://localhost:8080"],
    theme: { "color-primary": "#0b57d0", radius: "0.5rem" },
    retentionDays: 60,
    version: 1,
    ...overrides,
  };
}

async function setUp() {
  const organisation = await createOrganisation();
  const owner = await createMember(organisation.id, "owner");
  return { organisation, owner, path: `/api/v1/admin/orgs/${organisation.slug}/settings` };
}

describe("organisation settings", () => {
  it("reads the settings with their version", async () => {
    const { organisation, owner, path } = await setUp();
    const response = await owner.as(path);
    expect(response.status).toBe(200);
    expect(await response.json<OrganisationSettingsResponse>()).toEqual({
      settings: {
        slug: organisation.slug,
        name: "Test City",
        kind: "municipality",
        defaultLocale: "en",
        locales: ["en", "es", "ar"],
        timeZone: "Europe/Tallinn",
        allowedOrigins: [allowedOrigin],
        theme: {},
        retentionDays: 30,
        version: 1,
      },
    });
  });

  it("saves over the loaded version, bumps it, and the public profile carries the theme", async () => {
    const { organisation, owner, path } = await setUp();
    const response = await owner.as(path, { method: "PUT", json: settingsBody() });
    expect(response.status).toBe(200);
    const { settings } = await response.json<OrganisationSettingsResponse>();
    expect(settings).toMatchObject({ name: "Test City Council", version: 2, retentionDays: 60 });

    const reread = await (await owner.as(path)).json<OrganisationSettingsResponse>();
    expect(reread.settings).toEqual(settings);

    const publicProfile = await (
      await request(`/api/v1/orgs/${organisation.slug}`)
    ).json<OrganisationResponse>();
    expect(publicProfile.organisation.theme).toEqual({
      "color-primary": "#0b57d0",
      radius: "0.5rem",
    });
    expect(publicProfile.organisation.defaultLocale).toBe("es");
  });

  it("refuses a save over a stale version with 409 version_conflict", async () => {
    const { owner, path } = await setUp();
    expect((await owner.as(path, { method: "PUT", json: settingsBody() })).status).toBe(200);
    const stale = await owner.as(path, {
      method: "PUT",
      json: settingsBody({ name: "Someone else's edit" }),
    });
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toEqual({
      code: "version_conflict",
      message: "Someone else changed these settings. Reload to see their changes, then try again.",
    });
    const current = await (await owner.as(path)).json<OrganisationSettingsResponse>();
    expect(current.settings).toMatchObject({ name: "Test City Council", version: 2 });
  });

  it("accepts only website origins as allowed origins (422 on allowedOrigins.0)", async () => {
    const { owner, path } = await setUp();
    for (const bad of [
      "https://city.example/events",
      "https://city.example/",
      "city.example",
      "javascript:alert(1)",
    ]) {
      const response = await owner.as(path, {
        method: "PUT",
        json: settingsBody({ allowedOrigins: [bad] }),
      });
      expect(response.status, bad).toBe(422);
      expect(Object.keys((await errorOf(response)).fields ?? {}), bad).toEqual([
        "allowedOrigins.0",
      ]);
    }
  });

  it("refuses a theme value that could break out of a CSS declaration", async () => {
    const { owner, path } = await setUp();
    const response = await owner.as(path, {
      method: "PUT",
      json: settingsBody({ theme: { "color-primary": "red; } body { display:none" } }),
    });
    expect(response.status).toBe(422);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toEqual(["theme.color-primary"]);
  });

  it("lets an organiser read but not change the settings", async () => {
    const { organisation, path } = await setUp();
    const organiser = await createMember(organisation.id, "organiser");
    expect((await organiser.as(path)).status).toBe(200);
    const response = await organiser.as(path, { method: "PUT", json: settingsBody() });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("forbidden");
  });
});
