import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AdminSeason } from "../../../schema/contracts/admin/mentoring.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createMember } from "../admin-helpers.js";
import { createOrganisation } from "../helpers.js";
import { seasonBody } from "./mentoring-helpers.js";

describe("a season's settings", () => {
  it("keeps its dates as days in its time zone: from the first day's start to the last day's end", async () => {
    const organisation = await createOrganisation();
    const organiser = await createMember(organisation.id, "owner");
    const created = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/mentoring/seasons`,
      {
        method: "POST",
        json: seasonBody({
          startsOn: "2027-01-11",
          endsOn: "2027-04-09",
          intakeClosesAt: "2027-01-03",
        }),
      },
    );
    expect(created.status).toBe(201);
    const { season } = (await created.json()) as { season: AdminSeason };
    expect([season.startsOn, season.endsOn, season.intakeClosesAt]).toEqual([
      "2027-01-11",
      "2027-04-09",
      "2027-01-03",
    ]);
    const stored = await env.DB.prepare(
      `SELECT starts_on, ends_on, intake_closes_at FROM mentoring_seasons WHERE id = ?1`,
    )
      .bind(season.id)
      .first<{ starts_on: number; ends_on: number; intake_closes_at: number }>();
    // Tallinn is UTC+2 in winter, UTC+3 in summer.
    expect(new Date(stored!.starts_on).toISOString()).toBe("2027-01-10T22:00:00.000Z");
    expect(new Date(stored!.ends_on).toISOString()).toBe("2027-04-09T21:00:00.000Z");
    expect(new Date(stored!.intake_closes_at).toISOString()).toBe("2027-01-03T22:00:00.000Z");
  });

  it("refuses dates and levels out of order, naming each field", async () => {
    const organisation = await createOrganisation();
    const organiser = await createMember(organisation.id, "owner");
    const refused = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/mentoring/seasons`,
      {
        method: "POST",
        json: seasonBody({
          startsOn: "2027-03-01",
          endsOn: "2027-02-01",
          intakeClosesAt: "2027-03-10",
          learnerLevels: { min: "B2", max: "A2" },
        }),
      },
    );
    expect(refused.status).toBe(422);
    const { error } = (await refused.json()) as ErrorEnvelope;
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(
      ["endsOn", "intakeClosesAt", "learnerLevels.max"].sort(),
    );
  });
});
