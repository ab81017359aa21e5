import { describe, expect, it } from "vitest";
import type { Role } from "../../../schema/contracts/admin/session.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { Permission } from "../../../schema/contracts/admin/permissions.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { app } from "../../../worker/app.js";
import { createMember, dashboardOrigin } from "../admin-helpers.js";
import { createOrganisation, request } from "../helpers.js";

export interface OrgRoute {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Under `/api/v1/admin/orgs`; `:org` is filled in, other `:params` get placeholder ids. */
  path: string;
  permission: Permission;
  body?: unknown;
}

/**
 * Every organisation-scoped admin route. Add a route here when you add it to the worker: the
 * checks below then prove it is closed to anonymous callers, to other organisations' members
 * (404, as if the organisation did not exist) and to roles that may not act (403).
 */
export const orgRoutes: OrgRoute[] = [
  // settings
  { method: "GET", path: "/:org/settings", permission: "settings.read" },
  { method: "PUT", path: "/:org/settings", permission: "settings.write", body: {} },
  { method: "GET", path: "/:org/refused-origins", permission: "settings.read" },
  {
    method: "POST",
    path: "/:org/refused-origins/allow",
    permission: "settings.write",
    body: { origin: "https://new-site.example" },
  },
  // team and audit
  { method: "GET", path: "/:org/team", permission: "team.manage" },
  {
    method: "POST",
    path: "/:org/invitations",
    permission: "team.manage",
    body: { email: "someone@example.org", role: "organiser" },
  },
  { method: "DELETE", path: "/:org/invitations/:invitationId", permission: "team.manage" },
  {
    method: "PUT",
    path: "/:org/members/:userId",
    permission: "team.manage",
    body: { role: "owner" },
  },
  { method: "DELETE", path: "/:org/members/:userId", permission: "team.manage" },
  { method: "GET", path: "/:org/audit", permission: "audit.read" },
  // events
  { method: "GET", path: "/:org/events", permission: "events.read" },
  { method: "POST", path: "/:org/events", permission: "events.write", body: {} },
  { method: "GET", path: "/:org/events/:eventId", permission: "events.read" },
  { method: "PUT", path: "/:org/events/:eventId", permission: "events.write", body: {} },
  { method: "POST", path: "/:org/events/:eventId/duplicate", permission: "events.write" },
  {
    method: "POST",
    path: "/:org/events/:eventId/publish",
    permission: "events.write",
    body: { version: 1 },
  },
  {
    method: "POST",
    path: "/:org/events/:eventId/cancel",
    permission: "events.write",
    body: { message: "Sorry", version: 1 },
  },
  // own questions
  { method: "GET", path: "/:org/events/:eventId/questions", permission: "events.read" },
  {
    method: "PUT",
    path: "/:org/events/:eventId/questions",
    permission: "events.write",
    body: { questions: [] },
  },
  // series
  {
    method: "POST",
    path: "/:org/events/:eventId/series",
    permission: "events.write",
    body: { rule: { frequency: "weekly", count: 3 }, version: 1 },
  },
  { method: "GET", path: "/:org/series/:seriesId", permission: "events.read" },
  // visits
  {
    method: "PUT",
    path: "/:org/events/:eventId/itinerary",
    permission: "events.write",
    body: { stops: [], pickupPoints: [] },
  },
  { method: "GET", path: "/:org/events/:eventId/needs", permission: "roster.read" },
  { method: "GET", path: "/:org/events/:eventId/manifest", permission: "roster.read" },
  { method: "GET", path: "/:org/events/:eventId/feedback", permission: "roster.read" },
  // festivals
  { method: "GET", path: "/:org/events/:eventId/applications", permission: "roster.read" },
  {
    method: "POST",
    path: "/:org/events/:eventId/applications/:applicationId/decision",
    permission: "roster.write",
    body: { status: "approved" },
  },
  {
    method: "PUT",
    path: "/:org/events/:eventId/applications/:applicationId/note",
    permission: "roster.write",
    body: { note: "x" },
  },
  {
    method: "PUT",
    path: "/:org/events/:eventId/applications/:applicationId/hygiene",
    permission: "roster.write",
    body: { verified: true },
  },
  {
    method: "PUT",
    path: "/:org/events/:eventId/applications/:applicationId/stall",
    permission: "roster.write",
    body: { stallId: null },
  },
  {
    method: "PUT",
    path: "/:org/events/:eventId/dishes/:dishId/translations",
    permission: "events.write",
    body: { name: {}, description: {} },
  },
  { method: "GET", path: "/:org/events/:eventId/stalls", permission: "events.read" },
  {
    method: "PUT",
    path: "/:org/events/:eventId/stalls",
    permission: "events.write",
    body: { stalls: [] },
  },
  { method: "GET", path: "/:org/events/:eventId/ledger", permission: "roster.read" },
  {
    method: "POST",
    path: "/:org/events/:eventId/ledger",
    permission: "roster.write",
    body: { applicationId: "app_x", kind: "takings", amountCents: 100 },
  },
  // volunteers
  { method: "GET", path: "/:org/roles", permission: "events.read" },
  { method: "PUT", path: "/:org/roles", permission: "events.write", body: { roles: [] } },
  { method: "GET", path: "/:org/events/:eventId/shifts", permission: "roster.read" },
  {
    method: "POST",
    path: "/:org/events/:eventId/shifts/:shiftId/volunteers",
    permission: "roster.write",
    body: { volunteerId: "vol_x" },
  },
  {
    method: "POST",
    path: "/:org/events/:eventId/shifts/:shiftId/message",
    permission: "roster.write",
    body: { message: "See you at 9" },
  },
  { method: "GET", path: "/:org/events/:eventId/hours", permission: "roster.read" },
  { method: "GET", path: "/:org/events/:eventId/hours.csv", permission: "roster.export" },
  {
    method: "PUT",
    path: "/:org/events/:eventId/registrations/:registrationId/hours",
    permission: "roster.write",
    body: { minutes: 60, reason: "late" },
  },
  {
    method: "PUT",
    path: "/:org/volunteers/:volunteerId/verified",
    permission: "roster.write",
    body: { requirement: "food_hygiene", verified: true },
  },
  // networks: the network's side, then the member's
  { method: "GET", path: "/:org/network", permission: "network.read" },
  { method: "PUT", path: "/:org/network", permission: "network.manage", body: { isNetwork: true } },
  { method: "POST", path: "/:org/network/invitations", permission: "network.manage", body: {} },
  {
    method: "DELETE",
    path: "/:org/network/invitations/:invitationId",
    permission: "network.manage",
  },
  { method: "DELETE", path: "/:org/network/members/:member", permission: "network.manage" },
  { method: "GET", path: "/:org/network/events", permission: "network.read" },
  {
    method: "PUT",
    path: "/:org/network/events/:eventId/curation",
    permission: "network.curate",
    body: { state: "featured" },
  },
  {
    method: "POST",
    path: "/:org/networks/preview",
    permission: "network.manage",
    body: { token: "x".repeat(43) },
  },
  {
    method: "POST",
    path: "/:org/networks/join",
    permission: "network.manage",
    body: { token: "x".repeat(43) },
  },
  {
    method: "PUT",
    path: "/:org/networks/:network",
    permission: "network.manage",
    body: { listByDefault: true },
  },
  { method: "DELETE", path: "/:org/networks/:network", permission: "network.manage" },
  {
    method: "PUT",
    path: "/:org/events/:eventId/network-listing",
    permission: "events.write",
    body: { listing: "listed" },
  },
  // Language Friends
  { method: "GET", path: "/:org/mentoring/seasons", permission: "mentoring.read" },
  { method: "POST", path: "/:org/mentoring/seasons", permission: "mentoring.write", body: {} },
  {
    method: "PUT",
    path: "/:org/mentoring/seasons/:seasonId",
    permission: "mentoring.write",
    body: {},
  },
  {
    method: "GET",
    path: "/:org/mentoring/seasons/:seasonId/workbench",
    permission: "mentoring.read",
  },
  {
    method: "POST",
    path: "/:org/mentoring/seasons/:seasonId/solve",
    permission: "mentoring.write",
    body: { pairingVersion: 1 },
  },
  {
    method: "PUT",
    path: "/:org/mentoring/seasons/:seasonId/locks",
    permission: "mentoring.write",
    body: { mentorId: "mnt_a", learnerId: "mnt_b" },
  },
  {
    method: "DELETE",
    path: "/:org/mentoring/seasons/:seasonId/locks/:learnerId",
    permission: "mentoring.write",
  },
  {
    method: "PUT",
    path: "/:org/mentoring/seasons/:seasonId/bans",
    permission: "mentoring.write",
    body: { mentorId: "mnt_a", learnerId: "mnt_b" },
  },
  {
    method: "DELETE",
    path: "/:org/mentoring/seasons/:seasonId/bans/:mentorId/:learnerId",
    permission: "mentoring.write",
  },
  {
    method: "POST",
    path: "/:org/mentoring/seasons/:seasonId/publish",
    permission: "mentoring.write",
    body: { pairingVersion: 1 },
  },
  {
    method: "POST",
    path: "/:org/mentoring/seasons/:seasonId/pairs/:pairId/end",
    permission: "mentoring.write",
  },
  { method: "GET", path: "/:org/mentoring/seasons/:seasonId/report", permission: "mentoring.read" },
  // preferences
  { method: "GET", path: "/:org/preferences", permission: "events.read" },
  { method: "PUT", path: "/:org/preferences", permission: "events.read", body: { digest: true } },
  // outbox
  { method: "GET", path: "/:org/outbox", permission: "roster.read" },
  { method: "POST", path: "/:org/outbox/:messageId/retry", permission: "roster.write" },
  // roster
  { method: "GET", path: "/:org/events/:eventId/registrations", permission: "roster.read" },
  {
    method: "GET",
    path: "/:org/events/:eventId/registrations.csv",
    permission: "roster.export",
  },
  {
    method: "POST",
    path: "/:org/events/:eventId/registrations",
    permission: "roster.write",
    body: {},
  },
  {
    method: "PATCH",
    path: "/:org/events/:eventId/registrations/:registrationId",
    permission: "roster.write",
    body: { adults: 1 },
  },
  {
    method: "POST",
    path: "/:org/events/:eventId/registrations/:registrationId/move",
    permission: "roster.write",
    body: { to: "confirmed" },
  },
  {
    method: "POST",
    path: "/:org/events/:eventId/registrations/:registrationId/cancel",
    permission: "roster.write",
  },
  {
    method: "POST",
    path: "/:org/events/:eventId/registrations/:registrationId/check-in",
    permission: "roster.check-in",
  },
  {
    method: "DELETE",
    path: "/:org/events/:eventId/registrations/:registrationId/check-in",
    permission: "roster.check-in",
  },
  {
    method: "POST",
    path: "/:org/events/:eventId/registrations/:registrationId/no-show",
    permission: "roster.check-in",
  },
  {
    method: "DELETE",
    path: "/:org/events/:eventId/registrations/:registrationId/no-show",
    permission: "roster.check-in",
  },
];

/** Routes of the signed-in person, outside any organisation: anonymous callers get 401. */
export const accountRoutes: Omit<OrgRoute, "permission">[] = [
  { method: "GET", path: "/me" },
  { method: "DELETE", path: "/session" },
  {
    method: "POST",
    path: "/password",
    body: { currentPassword: "whatever", newPassword: "a long and unusual phrase" },
  },
];

const roles: Role[] = ["owner", "organiser", "coordinator"];

function fill(path: string, slug: string): string {
  return `/api/v1/admin/orgs${path.replace(":org", slug).replace(/:([A-Za-z]+)/g, "$1_placeholder")}`;
}

function init(route: { method: string; body?: unknown }, cookie?: string): RequestInit {
  const headers = new Headers({ Origin: dashboardOrigin });
  if (cookie) headers.set("Cookie", cookie);
  if (route.body !== undefined) headers.set("Content-Type", "application/json");
  return {
    method: route.method,
    headers,
    ...(route.body !== undefined ? { body: JSON.stringify(route.body) } : {}),
  };
}

const codeOf = async (response: Response) => (await response.json<ErrorEnvelope>()).error.code;

describe.each(orgRoutes)("$method $path", (route) => {
  it("answers 401 to an anonymous caller", async () => {
    const organisation = await createOrganisation();
    const response = await request(fill(route.path, organisation.slug), init(route));
    expect(response.status).toBe(401);
    expect(await codeOf(response)).toBe("unauthorized");
  });

  it("answers 404 to an owner of another organisation", async () => {
    const organisation = await createOrganisation();
    const other = await createOrganisation();
    const stranger = await createMember(other.id, "owner");
    const response = await request(
      fill(route.path, organisation.slug),
      init(route, stranger.cookie),
    );
    expect(response.status).toBe(404);
    expect(await codeOf(response)).toBe("not_found");
  });

  // Routes every role may use (reading events and rosters) have no 403 case.
  const refused = roles.filter((role) => !may(role, route.permission));
  if (refused.length === 0) return;
  it(`answers 403 to ${refused.join(" and ")}`, async () => {
    const organisation = await createOrganisation();
    for (const role of refused) {
      const member = await createMember(organisation.id, role);
      const response = await request(
        fill(route.path, organisation.slug),
        init(route, member.cookie),
      );
      expect(response.status, role).toBe(403);
      expect(await codeOf(response), role).toBe("forbidden");
    }
  });
});

describe.each(accountRoutes)("$method $path", (route) => {
  it("answers 401 to an anonymous caller", async () => {
    const response = await request(`/api/v1/admin${route.path}`, init(route));
    expect(response.status).toBe(401);
    expect(await codeOf(response)).toBe("unauthorized");
  });
});

describe("the route table", () => {
  it("lists every organisation route the app serves, so a new route cannot escape these checks", () => {
    const prefix = "/api/v1/admin/orgs";
    const served = app.routes
      .filter((route) => !["ALL", "OPTIONS"].includes(route.method))
      .filter((route) => route.path.startsWith(`${prefix}/:org`))
      .map((route) => `${route.method} ${route.path.slice(prefix.length)}`);
    const listed = orgRoutes.map((route) => `${route.method} ${route.path}`);
    expect(served.filter((route) => !listed.includes(route))).toEqual([]);
    expect(listed.filter((route) => !served.includes(route))).toEqual([]);
  });

  it("lists every signed-in account route outside an organisation", () => {
    const prefix = "/api/v1/admin";
    const open = ["POST /session", "GET /invitations/:token", "POST /invitations/:token/accept"];
    const served = app.routes
      .filter((route) => !["ALL", "OPTIONS"].includes(route.method))
      .filter((route) => route.path.startsWith(prefix) && !route.path.startsWith(`${prefix}/orgs`))
      .map((route) => `${route.method} ${route.path.slice(prefix.length)}`);
    const listed = [...accountRoutes.map((route) => `${route.method} ${route.path}`), ...open];
    expect(served.filter((route) => !listed.includes(route))).toEqual([]);
  });

  it("covers every role-restricted permission at least once", () => {
    const covered = new Set(orgRoutes.map((route) => route.permission));
    for (const permission of [
      "settings.read",
      "settings.write",
      "team.manage",
      "audit.read",
      "events.read",
      "events.write",
      "roster.read",
      "roster.write",
      "roster.export",
      "roster.check-in",
    ] satisfies Permission[]) {
      expect(covered.has(permission), permission).toBe(true);
    }
  });
});
