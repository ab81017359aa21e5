import { env } from "cloudflare:test";
import { describe, expect, it, vi } from "vitest";
import type { PersonalDataRead } from "../../../schema/contracts/admin/audit.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { insertFeedback } from "../../../worker/visits/visit-feedback-queries.js";
import { adminRoutes } from "../../../worker/organisers/organiser-api.js";
import { createMember } from "../admin-helpers.js";
import { completeApplication, createFestival, startApplication } from "../festival-helpers.js";
import { postSignUp, signUpBody } from "../helpers.js";
import { createVisit } from "../visit-helpers.js";
import { createSeason, intakeBody, signedUp } from "../mentoring/mentoring-helpers.js";
import { createShifts, signUpVolunteer, volunteerBody } from "../volunteer-helpers.js";

type Member = Awaited<ReturnType<typeof createMember>>;

/** A fresh address per world: confirmations to one address are limited per minute. */
const address = (name: string) => `${name}.${crypto.randomUUID().slice(0, 8)}@example.org`;

/** An organisation holding people's data, an organiser, the ids routes need, and the data itself. */
interface World {
  organisationId: string;
  slug: string;
  organiser: Member;
  params: Record<string, string>;
  /** Names, contacts, needs and words of the people in it: none may reach the audit log. */
  personal: string[];
}

async function visitWorld(): Promise<World> {
  const visit = await createVisit({ capacity: 30, waitlistCapacity: 0 });
  const { organisation, event } = visit;
  const email = address("kadri.tamm");
  const sign = async (slotId: string, body: Parameters<typeof signUpBody>[1]) => {
    const response = await postSignUp(organisation.slug, event.id, signUpBody(slotId, body));
    expect(response.status).toBe(201);
    return (await response.json<SignUpResponse>()).registration;
  };
  const group = await sign(visit.visitorSlot.id, {
    name: "Kadri Tamm",
    email,
    phone: "+372 5550 0000",
    adults: 3,
    languages: ["fa"],
    pickupPointId: visit.pickups[0]!,
    needs: { dietary: "No pork for Amir" },
  });
  await sign(visit.hostSlot.id, {
    name: "Kambja farm",
    email: address("farm"),
    phone: "+372 5550 1111",
    offer: "Lunch",
  });
  const gone = await sign(visit.interpreterSlot.id, {
    name: "Olena Koval",
    email: address("olena"),
    languages: ["uk"],
  });
  const organiser = await createMember(organisation.id, "organiser");
  const cancelled = await organiser.as(
    `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/registrations/${gone.id}/cancel`,
    { method: "POST" },
  );
  expect(cancelled.status).toBe(200);
  await insertFeedback(env.DB, {
    id: `vfb_${crypto.randomUUID().slice(0, 8)}`,
    registrationId: group.id,
    score: 5,
    comment: "Amir loved the tractor ride",
    now: Date.now(),
  });
  return {
    organisationId: organisation.id,
    slug: organisation.slug,
    organiser,
    params: { eventId: event.id, registrationId: gone.id },
    personal: [
      "Kadri Tamm",
      email,
      "+372 5550 0000",
      "No pork for Amir",
      "Kambja farm",
      "+372 5550 1111",
      "Olena Koval",
      "Amir loved the tractor ride",
    ],
  };
}

async function festivalWorld(): Promise<World> {
  const { organisation, event } = await createFestival();
  const email = address("fatima.haddad");
  const cook = completeApplication({
    displayName: "Fatima Haddad",
    email,
    phone: "+372 5552 3333",
    story: "My grandmother taught me in Aleppo.",
  });
  const started = await startApplication(organisation.slug, event.id, cook);
  expect((await started.as("/submit", { method: "POST" })).status).toBe(200);
  const organiser = await createMember(organisation.id, "organiser");
  const applicationId = started.application!.id;
  const decided = await organiser.as(
    `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/applications/${applicationId}/decision`,
    { method: "POST", json: { status: "approved" } },
  );
  expect(decided.status).toBe(200);
  return {
    organisationId: organisation.id,
    slug: organisation.slug,
    organiser,
    params: { eventId: event.id, applicationId, dishId: started.application!.dishes[0]!.id },
    personal: ["Fatima Haddad", email, "+372 5552 3333", "My grandmother taught me in Aleppo."],
  };
}

async function shiftsWorld(): Promise<World> {
  const { organisation, event, morning } = await createShifts();
  const email = address("mari.maasikas");
  const signed = await signUpVolunteer(
    organisation.slug,
    volunteerBody([morning.id], {
      name: "Mari Maasikas",
      email,
      phone: "+372 5554 4444",
    }),
  );
  expect(signed.response.status).toBe(201);
  return {
    organisationId: organisation.id,
    slug: organisation.slug,
    organiser: await createMember(organisation.id, "organiser"),
    params: { eventId: event.id },
    personal: ["Mari Maasikas", email, "+372 5554 4444"],
  };
}

async function mentoringWorld(): Promise<World> {
  const { organisation, organiser, season } = await createSeason();
  await signedUp(organisation.slug, season.id, intakeBody({ firstName: "Zoryana" }));
  return {
    organisationId: organisation.id,
    slug: organisation.slug,
    organiser,
    params: { seasonId: season.id },
    personal: ["Zoryana"],
  };
}

const worlds = {
  visit: visitWorld,
  festival: festivalWorld,
  shifts: shiftsWorld,
  mentoring: mentoringWorld,
};

interface AuditedRead {
  method: "GET" | "POST" | "PUT";
  /** As the organiser API declares it, under `/api/v1/admin`. */
  route: string;
  body?: (world: World) => unknown;
  world: keyof typeof worlds;
  action: PersonalDataRead;
  target: {
    type: "event" | "registration" | "application" | "mentoring_season";
    param: string;
  };
}

const event = { type: "event", param: "eventId" } as const;

/** Every way the organiser API hands out people's data, and the audit row each one must leave. */
const auditedReads: AuditedRead[] = [
  {
    method: "GET",
    route: "/orgs/:org/mentoring/seasons/:seasonId/workbench",
    world: "mentoring",
    action: "mentoring.viewed",
    target: { type: "mentoring_season", param: "seasonId" },
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/registrations",
    world: "visit",
    action: "roster.viewed",
    target: event,
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/registrations.csv",
    world: "visit",
    action: "roster.exported",
    target: event,
  },
  {
    method: "POST",
    route: "/orgs/:org/events/:eventId/registrations/:registrationId/cancel",
    world: "visit",
    action: "registration.viewed",
    target: { type: "registration", param: "registrationId" },
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/manifest",
    world: "visit",
    action: "manifest.viewed",
    target: event,
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/needs",
    world: "visit",
    action: "needs.viewed",
    target: event,
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/feedback",
    world: "visit",
    action: "feedback.viewed",
    target: event,
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/applications",
    world: "festival",
    action: "applications.viewed",
    target: event,
  },
  {
    method: "PUT",
    route: "/orgs/:org/events/:eventId/dishes/:dishId/translations",
    body: () => ({ name: { et: "Mujaddara" }, description: {} }),
    world: "festival",
    action: "application.viewed",
    target: { type: "application", param: "applicationId" },
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/ledger",
    world: "festival",
    action: "ledger.viewed",
    target: event,
  },
  {
    method: "POST",
    route: "/orgs/:org/events/:eventId/ledger",
    body: (world) => ({
      applicationId: world.params.applicationId,
      kind: "ingredients",
      amountCents: 1240,
    }),
    world: "festival",
    action: "ledger.viewed",
    target: event,
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/shifts",
    world: "shifts",
    action: "shifts.viewed",
    target: event,
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/hours",
    world: "shifts",
    action: "hours.viewed",
    target: event,
  },
  {
    method: "GET",
    route: "/orgs/:org/events/:eventId/hours.csv",
    world: "shifts",
    action: "hours.exported",
    target: event,
  },
];

/**
 * Organiser reads that carry nothing about the people an organisation serves: events and their
 * places, an event's own questions (not their answers), a series' dates (places only), roles, stalls (cooks by id), settings and the websites refused (origins only), the
 * member's own preferences, failed messages (kind, status, door code), and the team and audit log,
 * which owners alone see.
 */
const withoutPersonalData = [
  "/orgs/:org/settings",
  "/orgs/:org/refused-origins",
  "/orgs/:org/team",
  "/orgs/:org/audit",
  "/orgs/:org/events",
  "/orgs/:org/events/:eventId",
  "/orgs/:org/events/:eventId/questions",
  "/orgs/:org/series/:seriesId",
  "/orgs/:org/events/:eventId/stalls",
  "/orgs/:org/roles",
  "/orgs/:org/preferences",
  "/orgs/:org/outbox",
  // Networks: memberships, open links (a note, no address), members' events with places only.
  "/orgs/:org/network",
  "/orgs/:org/network/events",
  // Language Friends: seasons' settings and counts, and the report (counts only).
  "/orgs/:org/mentoring/seasons",
  "/orgs/:org/mentoring/seasons/:seasonId/report",
];

interface AuditRow {
  id: string;
  organisation_id: string;
  user_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  created_at: number;
}

async function auditRows(organisationId: string): Promise<AuditRow[]> {
  const { results } = await env.DB.prepare(`SELECT * FROM audit_log WHERE organisation_id = ?1`)
    .bind(organisationId)
    .all<AuditRow>();
  return results;
}

describe("reads of personal data in the organiser API", () => {
  it("lists every organiser read as audited or as carrying no personal data", () => {
    const reads = new Set(
      adminRoutes.routes
        .filter((route) => route.method === "GET" && route.path.startsWith("/orgs/"))
        .map((route) => route.path),
    );
    const decided = [
      ...auditedReads.filter((read) => read.method === "GET").map((read) => read.route),
      ...withoutPersonalData,
    ];
    expect([...reads].sort()).toEqual([...new Set(decided)].sort());
    const declared = new Set(adminRoutes.routes.map((route) => `${route.method} ${route.path}`));
    for (const read of auditedReads) expect(declared).toContain(`${read.method} ${read.route}`);
  });

  for (const read of auditedReads) {
    const send = (world: World) =>
      world.organiser.as(
        `/api/v1/admin${read.route.replace(/:(\w+)/g, (_, name: string) =>
          name === "org" ? world.slug : world.params[name]!,
        )}`,
        { method: read.method, ...(read.body ? { json: read.body(world) } : {}) },
      );

    it(`records ${read.action} on the ${read.target.type} for ${read.method} ${read.route}, by id only`, async () => {
      const world = await worlds[read.world]();
      const before = new Set((await auditRows(world.organisationId)).map((row) => row.id));
      const startedAt = Date.now();

      const response = await send(world);

      expect(response.status).toBe(200);
      const answer = await response.text();
      expect(world.personal.some((datum) => answer.includes(datum))).toBe(true);
      const added = (await auditRows(world.organisationId)).filter((row) => !before.has(row.id));
      expect(added).toEqual([
        {
          id: expect.stringMatching(/^aud_/),
          organisation_id: world.organisationId,
          user_id: world.organiser.userId,
          action: read.action,
          target_type: read.target.type,
          target_id: world.params[read.target.param],
          created_at: expect.any(Number),
        },
      ]);
      expect(added[0]!.created_at).toBeGreaterThanOrEqual(startedAt);
      const stored = JSON.stringify(added);
      for (const datum of world.personal) expect(stored).not.toContain(datum);
    });

    it(`answers ${read.method} ${read.route} with an error, not the data, when its audit row cannot be written`, async () => {
      const world = await worlds[read.world]();
      const trigger = `refuse_audit_${world.organisationId}`;
      await env.DB.prepare(
        `CREATE TRIGGER ${trigger} BEFORE INSERT ON audit_log
           WHEN NEW.organisation_id = '${world.organisationId}'
           BEGIN SELECT RAISE(ABORT, 'audit log unavailable'); END`,
      ).run();
      const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
      try {
        const response = await send(world);

        expect(response.status).toBe(500);
        const answer = await response.text();
        for (const datum of world.personal) expect(answer).not.toContain(datum);
        expect(String(logged.mock.calls[0]?.[1])).toContain("audit log unavailable");
      } finally {
        logged.mockRestore();
        await env.DB.prepare(`DROP TRIGGER ${trigger}`).run();
      }
    });
  }
});
