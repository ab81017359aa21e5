import { createExecutionContext, env, waitOnExecutionContext } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import { app } from "../../../worker/app.js";
import { maxRefusedOrigins } from "../../../worker/organisations/refused-origin-queries.js";
import { allowedOrigin, createOrganisation, request } from "../helpers.js";

const newSite = "https://new-site.example";

function refusedOf(organisationId: string) {
  return env.DB.prepare(
    `SELECT origin, attempts, first_seen_at AS firstSeenAt, last_seen_at AS lastSeenAt
       FROM refused_origins WHERE organisation_id = ?1 ORDER BY origin`,
  )
    .bind(organisationId)
    .all<{ origin: string; attempts: number; firstSeenAt: number; lastSeenAt: number }>()
    .then(({ results }) => results);
}

const preflightFrom = (path: string, origin: string) =>
  request(path, {
    method: "OPTIONS",
    headers: { Origin: origin, "Access-Control-Request-Method": "POST" },
  });

const postFrom = (path: string, origin: string | null) =>
  request(path, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(origin ? { Origin: origin } : {}) },
    body: "{}",
  });

/** Every public write addressed by `:org`: sign-ups, volunteers, cooks' applications. */
const writePaths = (slug: string) => [
  `/api/v1/orgs/${slug}/events/evt_any/registrations`,
  `/api/v1/orgs/${slug}/volunteers`,
  `/api/v1/orgs/${slug}/festivals/evt_any/applications`,
];

describe("websites refused for an organisation", () => {
  it("counts refused preflights and writes per website, on every write addressed by :org", async () => {
    const organisation = await createOrganisation();
    const before = Date.now();
    for (const path of writePaths(organisation.slug)) {
      expect((await preflightFrom(path, newSite)).status, path).toBe(403);
      const refused = await postFrom(path, newSite);
      expect(refused.status, path).toBe(403);
      expect((await refused.json<{ error: { code: string } }>()).error.code).toBe(
        "forbidden_origin",
      );
    }
    expect(
      (await preflightFrom(writePaths(organisation.slug)[0]!, "http://other.example:8080")).status,
    ).toBe(403);

    const rows = await refusedOf(organisation.id);
    expect(rows.map(({ origin, attempts }) => ({ origin, attempts }))).toEqual([
      { origin: "http://other.example:8080", attempts: 1 },
      { origin: newSite, attempts: 6 },
    ]);
    const site = rows.find((row) => row.origin === newSite)!;
    expect(site.firstSeenAt).toBeGreaterThanOrEqual(before);
    expect(site.lastSeenAt).toBeGreaterThanOrEqual(site.firstSeenAt);
  });

  it("counts nothing for allowed websites, reads, missing or malformed origins, or unknown organisations", async () => {
    const organisation = await createOrganisation();
    const [signUps] = writePaths(organisation.slug);
    expect((await preflightFrom(signUps!, allowedOrigin)).status).toBe(204);
    const read = await request(signUps!, {
      method: "OPTIONS",
      headers: { Origin: newSite, "Access-Control-Request-Method": "GET" },
    });
    expect(read.status).toBe(204);
    for (const origin of [
      "null",
      "https://new-site.example/",
      "https://new-site.example/page",
      "file://",
      "not a url",
    ]) {
      expect((await preflightFrom(signUps!, origin)).status, origin).toBe(403);
      expect((await postFrom(signUps!, origin)).status, origin).toBe(403);
    }
    expect((await postFrom(signUps!, null)).status).toBe(403);
    expect((await preflightFrom("/api/v1/orgs/no-such-org/volunteers", newSite)).status).toBe(403);
    expect(await refusedOf(organisation.id)).toEqual([]);
  });

  it(`keeps at most ${maxRefusedOrigins} websites per organisation, still counting the ones it has`, async () => {
    const organisation = await createOrganisation();
    const now = Date.now();
    await env.DB.batch(
      Array.from({ length: maxRefusedOrigins }, (_, index) =>
        env.DB.prepare(
          `INSERT INTO refused_origins (organisation_id, origin, attempts, first_seen_at, last_seen_at)
           VALUES (?1, ?2, 1, ?3, ?3)`,
        ).bind(organisation.id, `https://site-${index}.example`, now),
      ),
    );
    const [signUps] = writePaths(organisation.slug);
    expect((await preflightFrom(signUps!, "https://one-too-many.example")).status).toBe(403);
    expect((await preflightFrom(signUps!, "https://site-7.example")).status).toBe(403);

    const rows = await refusedOf(organisation.id);
    expect(rows).toHaveLength(maxRefusedOrigins);
    expect(rows.some((row) => row.origin === "https://one-too-many.example")).toBe(false);
    expect(rows.find((row) => row.origin === "https://site-7.example")?.attempts).toBe(2);

    // Another organisation's list is its own.
    const other = await createOrganisation();
    expect(
      (await preflightFrom(writePaths(other.slug)[0]!, "https://one-too-many.example")).status,
    ).toBe(403);
    expect(await refusedOf(other.id)).toHaveLength(1);
  });

  it("counts in the background when the runtime offers waitUntil", async () => {
    const organisation = await createOrganisation();
    const context = createExecutionContext();
    const response = await app.request(
      writePaths(organisation.slug)[0]!,
      { method: "OPTIONS", headers: { Origin: newSite, "Access-Control-Request-Method": "POST" } },
      env,
      context,
    );
    expect(response.status).toBe(403);
    await waitOnExecutionContext(context);
    expect((await refusedOf(organisation.id)).map((row) => row.attempts)).toEqual([1]);
  });

  it("still refuses, unchanged, when counting fails", async () => {
    const organisation = await createOrganisation();
    const [signUps] = writePaths(organisation.slug);
    const failingCounts = new Proxy(env.DB, {
      get(target, property) {
        if (property === "prepare") {
          return (query: string) => {
            if (query.includes("refused_origins")) throw new Error("D1 is unavailable");
            return target.prepare(query);
          };
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === "function" ? (value as () => unknown).bind(target) : value;
      },
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const init = (method: string) => ({
        method,
        headers: { Origin: newSite, "Access-Control-Request-Method": "POST" },
      });
      expect((await request(signUps!, init("OPTIONS"), { DB: failingCounts })).status).toBe(403);
      const refused = await request(signUps!, init("POST"), { DB: failingCounts });
      expect(refused.status).toBe(403);
      expect((await refused.json<{ error: { code: string } }>()).error.code).toBe(
        "forbidden_origin",
      );
      expect(logged).toHaveBeenCalledTimes(2);
    } finally {
      logged.mockRestore();
    }
    expect(await refusedOf(organisation.id)).toEqual([]);
  });
});

describe("a widget reporting a website not allowed yet", () => {
  it("counts the reporting website, never an allowed one, and answers 204 either way", async () => {
    const organisation = await createOrganisation();
    const report = (origin: string) =>
      request(`/api/v1/orgs/${organisation.slug}/refused-website`, {
        method: "POST",
        headers: { Origin: origin },
      });
    expect((await report(newSite)).status).toBe(204);
    expect((await report(newSite)).status).toBe(204);
    expect((await report(allowedOrigin)).status).toBe(204);
    expect((await report("null")).status).toBe(204);
    expect(await refusedOf(organisation.id)).toEqual([
      expect.objectContaining({ origin: newSite, attempts: 2 }),
    ]);
    const unknown = await request(`/api/v1/orgs/no-such-org/refused-website`, {
      method: "POST",
      headers: { Origin: newSite },
    });
    expect(unknown.status).toBe(404);
  });
});
