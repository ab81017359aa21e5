import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { RefusedOriginsResponse } from "../../../schema/contracts/admin/refused-origins.js";
import type { OrganisationSettingsResponse } from "../../../schema/contracts/admin/settings.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createMember } from "../admin-helpers.js";
import { allowedOrigin, createOrganisation, request } from "../helpers.js";

const newSite = "https://new-site.example";
const errorOf = async (response: Response) => (await response.json<ErrorEnvelope>()).error;

async function refuse(slug: string, origin: string, times = 1) {
  for (let attempt = 0; attempt < times; attempt++) {
    const response = await request(`/api/v1/orgs/${slug}/volunteers`, {
      method: "OPTIONS",
      headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
    });
    expect(response.status).toBe(403);
  }
}

async function setUp() {
  const organisation = await createOrganisation();
  const owner = await createMember(organisation.id, "owner");
  const base = `/api/v1/admin/orgs/${organisation.slug}`;
  return {
    organisation,
    owner,
    listPath: `${base}/refused-origins`,
    allowPath: `${base}/refused-origins/allow`,
    settingsPath: `${base}/settings`,
  };
}

const auditActions = (organisationId: string) =>
  env.DB.prepare(`SELECT action FROM audit_log WHERE organisation_id = ?1`)
    .bind(organisationId)
    .all<{ action: string }>()
    .then(({ results }) => results.map((row) => row.action));

describe("websites that tried to show an organisation's forms", () => {
  it("lists refused websites with their counts, the most recently refused first", async () => {
    const { organisation, owner, listPath } = await setUp();
    expect(await (await owner.as(listPath)).json()).toEqual({ origins: [] });

    await refuse(organisation.slug, newSite, 3);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await refuse(organisation.slug, "http://localhost:8080");

    const response = await owner.as(listPath);
    expect(response.status).toBe(200);
    const { origins } = await response.json<RefusedOriginsResponse>();
    expect(origins.map(({ origin, attempts }) => ({ origin, attempts }))).toEqual([
      { origin: "http://localhost:8080", attempts: 1 },
      { origin: newSite, attempts: 3 },
    ]);
    for (const site of origins) {
      expect(new Date(site.lastSeenAt).toISOString()).toBe(site.lastSeenAt);
      expect(site.lastSeenAt >= site.firstSeenAt).toBe(true);
    }
  });

  it("allows a website in one request: added to the allowed ones, gone from the list, audited", async () => {
    const { organisation, owner, listPath, allowPath, settingsPath } = await setUp();
    await refuse(organisation.slug, newSite, 2);
    await refuse(organisation.slug, "https://other.example");

    const response = await owner.as(allowPath, { method: "POST", json: { origin: newSite } });
    expect(response.status).toBe(200);
    const { settings } = await response.json<OrganisationSettingsResponse>();
    expect(settings.allowedOrigins).toEqual([allowedOrigin, newSite]);
    expect(settings.version).toBe(2);
    expect(await (await owner.as(settingsPath)).json()).toEqual({ settings });

    const { origins } = await (await owner.as(listPath)).json<RefusedOriginsResponse>();
    expect(origins.map((site) => site.origin)).toEqual(["https://other.example"]);
    expect(await auditActions(organisation.id)).toEqual(["settings.updated"]);

    const preflight = await request(`/api/v1/orgs/${organisation.slug}/volunteers`, {
      method: "OPTIONS",
      headers: { Origin: newSite, "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe(newSite);
  });

  it("answers a second click with the same settings, changing and auditing nothing more", async () => {
    const { organisation, owner, allowPath } = await setUp();
    await refuse(organisation.slug, newSite);
    const first = await owner.as(allowPath, { method: "POST", json: { origin: newSite } });
    const second = await owner.as(allowPath, { method: "POST", json: { origin: newSite } });
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect(await auditActions(organisation.id)).toEqual(["settings.updated"]);
  });

  it("makes a settings form opened before the allow reload instead of saving the old list", async () => {
    const { owner, allowPath, settingsPath } = await setUp();
    const { settings } = await (await owner.as(settingsPath)).json<OrganisationSettingsResponse>();
    await owner.as(allowPath, { method: "POST", json: { origin: newSite } });
    const { slug: _slug, kind: _kind, ...body } = settings;
    const stale = await owner.as(settingsPath, { method: "PUT", json: body });
    expect(stale.status).toBe(409);
    expect((await errorOf(stale)).code).toBe("version_conflict");
  });

  it("refuses a website when 50 are allowed already, and keeps it in the list", async () => {
    const full = Array.from({ length: 50 }, (_, index) => `https://site-${index}.example`);
    const organisation = await createOrganisation({ allowedOrigins: full });
    const owner = await createMember(organisation.id, "owner");
    await refuse(organisation.slug, newSite);
    const base = `/api/v1/admin/orgs/${organisation.slug}`;

    const response = await owner.as(`${base}/refused-origins/allow`, {
      method: "POST",
      json: { origin: newSite },
    });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("validation_failed");
    expect(error.fieldCodes).toEqual({
      allowedOrigins: { code: "too_long", params: { max: 50 } },
    });
    const { origins } = await (
      await owner.as(`${base}/refused-origins`)
    ).json<RefusedOriginsResponse>();
    expect(origins.map((site) => site.origin)).toEqual([newSite]);
    expect(await auditActions(organisation.id)).toEqual([]);
  });

  it("accepts only a website origin (422 with the field's code, never 500)", async () => {
    const { owner, allowPath } = await setUp();
    for (const bad of [
      "https://city.example/events",
      "https://city.example/",
      "null",
      "javascript:alert(1)",
      "",
    ]) {
      const response = await owner.as(allowPath, { method: "POST", json: { origin: bad } });
      expect(response.status, bad).toBe(422);
      const error = await errorOf(response);
      expect(error.code, bad).toBe("validation_failed");
      expect(Object.keys(error.fieldCodes ?? {}), bad).toEqual(["origin"]);
    }
    for (const body of [{}, { origin: 42 }, []]) {
      const response = await owner.as(allowPath, { method: "POST", json: body });
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
    const notJson = await owner.as(allowPath, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{",
    });
    expect(notJson.status).toBe(400);
    expect((await errorOf(notJson)).code).toBe("invalid_json");
  });

  it("lets organisers read the list but only owners allow; coordinators see neither", async () => {
    const { organisation, listPath, allowPath } = await setUp();
    await refuse(organisation.slug, newSite);
    const organiser = await createMember(organisation.id, "organiser");
    const coordinator = await createMember(organisation.id, "coordinator");

    expect((await organiser.as(listPath)).status).toBe(200);
    const byOrganiser = await organiser.as(allowPath, {
      method: "POST",
      json: { origin: newSite },
    });
    expect(byOrganiser.status).toBe(403);
    expect((await errorOf(byOrganiser)).code).toBe("forbidden");

    expect((await coordinator.as(listPath)).status).toBe(403);
    const byCoordinator = await coordinator.as(allowPath, {
      method: "POST",
      json: { origin: newSite },
    });
    expect(byCoordinator.status).toBe(403);
    expect((await request(listPath)).status).toBe(401);
  });

  it("answers 404 for another organisation's list, and allowing touches only one's own", async () => {
    const { organisation, owner, allowPath } = await setUp();
    const other = await createOrganisation();
    await refuse(other.slug, newSite);
    const otherBase = `/api/v1/admin/orgs/${other.slug}/refused-origins`;

    expect((await owner.as(otherBase)).status).toBe(404);
    const allow = await owner.as(`${otherBase}/allow`, {
      method: "POST",
      json: { origin: newSite },
    });
    expect(allow.status).toBe(404);

    await refuse(organisation.slug, newSite);
    expect((await owner.as(allowPath, { method: "POST", json: { origin: newSite } })).status).toBe(
      200,
    );
    const otherOwner = await createMember(other.id, "owner");
    const { origins } = await (await otherOwner.as(otherBase)).json<RefusedOriginsResponse>();
    expect(origins.map((site) => site.origin)).toEqual([newSite]);
  });
});
