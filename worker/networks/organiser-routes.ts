import { Hono } from "hono";
import type {
  NetworkInvitationCreatedResponse,
  NetworkMemberEventsResponse,
  NetworkOverviewResponse,
  NetworkPreviewResponse,
} from "../../schema/contracts/admin/networks.js";
import {
  curationBodySchema,
  networkInvitationBodySchema,
  networkJoinBodySchema,
  networkListingBodySchema,
  networkMembershipBodySchema,
  networkModeBodySchema,
} from "../../schema/contracts/admin/networks.js";
import { organisationSlugSchema } from "../../schema/contracts/networks.js";
import { resolveText } from "../../i18n/content.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { decodeCursor, encodeCursor } from "../http/page-cursor.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { newId, randomToken } from "../lib/crypto.js";
import { auditStatement } from "../organisers/audit-log.js";
import * as v from "valibot";
import {
  endMembershipStatements,
  findOpenNetworkInvitation,
  findOrganisationId,
  insertNetworkInvitation,
  joinNetworkStatements,
  readNetworkOverview,
  revokeNetworkInvitation,
  setListByDefault,
  setNetworkMode,
} from "./membership-queries.js";
import {
  curateStatement,
  listMemberEvents,
  networkEventStatement,
  setNetworkListing,
} from "./member-events-queries.js";
import { hashNetworkToken, networkInvitationLifetimeMs, networkJoinUrl } from "./network-token.js";

const iso = (ms: number) => new Date(ms).toISOString();
const memberEventsPageSize = 50;

const notANetwork = () =>
  new ApiError(
    409,
    "not_a_network",
    "This organisation does not run a network. An owner can turn it into one first.",
  );

const deadLink = () =>
  new ApiError(
    404,
    "not_found",
    "This network link is not valid any more: it was used, withdrawn or is older than 14 days. Ask the network for a new one.",
  );

const unknownMembership = () =>
  new ApiError(404, "not_found", "This organisation is not in this network.");

const unknownEvent = () =>
  new ApiError(404, "not_found", "This event is not one of the network's or its members'.");

/** A slug from the path, checked like a field: one that cannot be a slug is 404 at once. */
function slugParam(value: string | undefined): string {
  if (!v.is(organisationSlugSchema, value)) throw unknownMembership();
  return value;
}

/**
 * Networks in the dashboard (`/admin/orgs/:org/...`). The network's side: `network`,
 * `network/invitations`, `network/members/:member`, `network/events` (no personal data: the
 * network never sees a member's roster). The member's side: `networks/preview|join`,
 * `networks/:network` (leave, default listing) and `events/:eventId/network-listing`.
 */
export const networkAdminRoutes = new Hono<AppEnv>()
  .get("/network", requirePermission("network.read"), async (c) => {
    const overview = await readNetworkOverview(c.var.db, c.var.organisation.id, Date.now());
    return c.json<NetworkOverviewResponse, 200>(overview, 200);
  })
  .put(
    "/network",
    requirePermission("network.manage"),
    validate("json", networkModeBodySchema),
    async (c) => {
      const { isNetwork } = c.req.valid("json");
      const db = c.var.db;
      const organisationId = c.var.organisation.id;
      const [changed] = await db.batch([
        setNetworkMode(db, organisationId, isNetwork),
        auditStatement(
          db,
          {
            organisationId,
            userId: c.var.user.userId,
            action: isNetwork ? "network.started" : "network.stopped",
            targetType: "organisation",
            targetId: organisationId,
            now: Date.now(),
          },
          { onlyIfPreviousChanged: true },
        ),
      ]);
      if (!changed?.meta.changes) {
        throw new ApiError(
          409,
          "has_members",
          "Organisations are still in this network. Remove them before it stops being a network.",
        );
      }
      return c.body(null, 204);
    },
  )
  .post(
    "/network/invitations",
    requirePermission("network.manage"),
    validate("json", networkInvitationBodySchema),
    async (c) => {
      const { note } = c.req.valid("json");
      const db = c.var.db;
      const now = Date.now();
      const networkId = c.var.organisation.id;
      const id = newId("nin");
      const token = randomToken(32);
      const expiresAt = now + networkInvitationLifetimeMs;
      const [inserted] = await db.batch([
        insertNetworkInvitation(db, {
          id,
          networkId,
          note,
          tokenHash: await hashNetworkToken(token),
          invitedBy: c.var.user.userId,
          now,
          expiresAt,
        }),
        auditStatement(
          db,
          {
            organisationId: networkId,
            userId: c.var.user.userId,
            action: "network_invitation.created",
            targetType: "network_invitation",
            targetId: id,
            now,
          },
          { onlyIfPreviousChanged: true },
        ),
      ]);
      if (!inserted?.meta.changes) throw notANetwork();
      return c.json<NetworkInvitationCreatedResponse, 201>(
        {
          invitation: {
            id,
            note,
            createdAt: iso(now),
            expiresAt: iso(expiresAt),
            url: networkJoinUrl(new URL(c.req.url).origin, token),
          },
        },
        201,
      );
    },
  )
  .delete("/network/invitations/:invitationId", requirePermission("network.manage"), async (c) => {
    const db = c.var.db;
    const networkId = c.var.organisation.id;
    const invitationId = idParam(c, "invitationId", "This link is not open any more.");
    const [revoked] = await db.batch([
      revokeNetworkInvitation(db, networkId, invitationId, Date.now()),
      auditStatement(
        db,
        {
          organisationId: networkId,
          userId: c.var.user.userId,
          action: "network_invitation.revoked",
          targetType: "network_invitation",
          targetId: invitationId,
          now: Date.now(),
        },
        { onlyIfPreviousChanged: true },
      ),
    ]);
    if (!revoked?.meta.changes) {
      throw new ApiError(404, "not_found", "This link is not open any more.");
    }
    return c.body(null, 204);
  })
  .delete("/network/members/:member", requirePermission("network.manage"), async (c) => {
    const db = c.var.db;
    const networkId = c.var.organisation.id;
    const memberId = await findOrganisationId(db, slugParam(c.req.param("member")));
    if (!memberId) throw unknownMembership();
    const [ended] = await db.batch([
      ...endMembershipStatements(db, networkId, memberId),
      ...membershipEndedAudit(db, { networkId, memberId, userId: c.var.user.userId }),
    ]);
    if (!ended?.meta.changes) throw unknownMembership();
    return c.body(null, 204);
  })
  .get("/network/events", requirePermission("network.read"), async (c) => {
    const organisation = c.var.organisation;
    if (!organisation.isNetwork) throw notANetwork();
    const cursor = c.req.query("cursor");
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    const rows = await listMemberEvents(c.var.db, organisation.id, {
      now: Date.now(),
      after: after && { startsAt: after.at, id: after.id },
      limit: memberEventsPageSize,
    });
    const page = rows.slice(0, memberEventsPageSize);
    const last = page.at(-1);
    return c.json<NetworkMemberEventsResponse, 200>(
      {
        events: page.map((row) => ({
          id: row.id,
          organiser: { slug: row.organiserSlug, name: row.organiserName },
          title: resolveText(row.title, organisation.defaultLocale, row.organiserLocale).text,
          startsAt: iso(row.startsAt),
          kind: row.kind,
          listed: row.listed === 1,
          curation: row.curation,
          capacity: row.capacity,
          remaining: row.capacity - row.taken,
        })),
        nextCursor:
          rows.length > memberEventsPageSize && last
            ? encodeCursor({ at: last.startsAt, id: last.id })
            : null,
      },
      200,
    );
  })
  .put(
    "/network/events/:eventId/curation",
    requirePermission("network.curate"),
    validate("json", curationBodySchema),
    async (c) => {
      const { state } = c.req.valid("json");
      const db = c.var.db;
      const networkId = c.var.organisation.id;
      const eventId = idParam(c, "eventId", unknownEvent().message);
      const [, found] = await db.batch([
        curateStatement(db, networkId, eventId, state, Date.now()),
        networkEventStatement(db, networkId, eventId),
      ]);
      if (!found?.results.length) throw unknownEvent();
      return c.body(null, 204);
    },
  )
  .post(
    "/networks/preview",
    requirePermission("network.manage"),
    validate("json", networkJoinBodySchema),
    async (c) => {
      const invitation = await findOpenNetworkInvitation(
        c.var.db,
        await hashNetworkToken(c.req.valid("json").token),
        c.var.organisation.id,
        Date.now(),
      );
      if (!invitation) throw deadLink();
      return c.json<NetworkPreviewResponse, 200>(
        {
          network: { slug: invitation.networkSlug, name: invitation.networkName },
          alreadyMember: invitation.alreadyMember === 1,
        },
        200,
      );
    },
  )
  .post(
    "/networks/join",
    requirePermission("network.manage"),
    validate("json", networkJoinBodySchema),
    async (c) => {
      const db = c.var.db;
      const now = Date.now();
      const memberId = c.var.organisation.id;
      const tokenHash = await hashNetworkToken(c.req.valid("json").token);
      const invitation = await findOpenNetworkInvitation(db, tokenHash, memberId, now);
      if (!invitation) throw deadLink();
      if (invitation.networkId === memberId) {
        throw new ApiError(409, "own_network", "An organisation can't join its own network.");
      }
      const [used] = await db.batch([
        ...joinNetworkStatements(db, { tokenHash, memberId, userId: c.var.user.userId, now }),
        ...membershipAudit(db, "network.member_joined", {
          networkId: invitation.networkId,
          memberId,
          userId: c.var.user.userId,
        }),
      ]);
      if (!used?.meta.changes) throw deadLink();
      return c.json<NetworkPreviewResponse, 200>(
        {
          network: { slug: invitation.networkSlug, name: invitation.networkName },
          alreadyMember: invitation.alreadyMember === 1,
        },
        200,
      );
    },
  )
  .put(
    "/networks/:network",
    requirePermission("network.manage"),
    validate("json", networkMembershipBodySchema),
    async (c) => {
      const db = c.var.db;
      const networkId = await findOrganisationId(db, slugParam(c.req.param("network")));
      if (!networkId) throw unknownMembership();
      const result = await setListByDefault(
        db,
        networkId,
        c.var.organisation.id,
        c.req.valid("json").listByDefault,
      ).run();
      if (!result.meta.changes) throw unknownMembership();
      return c.body(null, 204);
    },
  )
  .delete("/networks/:network", requirePermission("network.manage"), async (c) => {
    const db = c.var.db;
    const memberId = c.var.organisation.id;
    const networkId = await findOrganisationId(db, slugParam(c.req.param("network")));
    if (!networkId) throw unknownMembership();
    const [ended] = await db.batch([
      ...endMembershipStatements(db, networkId, memberId),
      ...membershipEndedAudit(db, { networkId, memberId, userId: c.var.user.userId }),
    ]);
    if (!ended?.meta.changes) throw unknownMembership();
    return c.body(null, 204);
  })
  .put(
    "/events/:eventId/network-listing",
    requirePermission("events.write"),
    validate("json", networkListingBodySchema),
    async (c) => {
      const eventId = idParam(c, "eventId", "We could not find this event.");
      const result = await setNetworkListing(
        c.var.db,
        c.var.organisation.id,
        eventId,
        c.req.valid("json").listing,
      ).run();
      if (!result.meta.changes) {
        throw new ApiError(404, "not_found", "We could not find this event.");
      }
      return c.body(null, 204);
    },
  );

interface MembershipParties {
  networkId: string;
  memberId: string;
  userId: string;
}

/** The same change in both organisations' audit logs: each side sees who joined or left. */
function membershipAudit(
  db: D1Database,
  action: string,
  parties: MembershipParties,
): D1PreparedStatement[] {
  const now = Date.now();
  const entry = (organisationId: string, targetId: string) =>
    auditStatement(db, {
      organisationId,
      userId: parties.userId,
      action,
      targetType: "organisation",
      targetId,
      now,
    });
  return [entry(parties.networkId, parties.memberId), entry(parties.memberId, parties.networkId)];
}

/** After `endMembershipStatements`: logged only if a membership was there to end. */
function membershipEndedAudit(db: D1Database, parties: MembershipParties): D1PreparedStatement[] {
  return membershipAudit(db, "network.member_left", parties);
}
