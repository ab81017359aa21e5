import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { events } from "./events.js";
import { organisations } from "./organisations.js";
import { users } from "./users.js";

/**
 * A network is an organisation (`organisations.is_network`) whose catalogue lists the events of
 * the organisations that joined it. Joining takes both sides: the network invites by a link
 * (`network_invitations`, only the token's hash stored) and the member organisation's owner
 * accepts. Either side may end it: the row is deleted, so the member's events leave the catalogue
 * at once and the network's websites stop taking sign-ups for it.
 */
export const networkMembers = sqliteTable(
  "network_members",
  {
    networkId: text("network_id")
      .notNull()
      .references(() => organisations.id),
    memberId: text("member_id")
      .notNull()
      .references(() => organisations.id),
    /** The member's default for events that don't choose: listed in the catalogue or not. */
    listByDefault: integer("list_by_default", { mode: "boolean" }).notNull().default(true),
    joinedAt: integer("joined_at").notNull(),
    acceptedBy: text("accepted_by").references(() => users.id),
  },
  (table) => [
    primaryKey({ columns: [table.networkId, table.memberId] }),
    index("network_members_member_idx").on(table.memberId),
    check("network_members_not_itself", sql`${table.networkId} <> ${table.memberId}`),
  ],
);

/** A single-use link a network gives an organisation to join it. */
export const networkInvitations = sqliteTable(
  "network_invitations",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id")
      .notNull()
      .references(() => organisations.id),
    /** Who it is meant for, as the network wrote it (shown to the network only). */
    note: text("note").notNull().default(""),
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by")
      .notNull()
      .references(() => users.id),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    acceptedAt: integer("accepted_at"),
    /** The organisation that joined with it. */
    acceptedFor: text("accepted_for").references(() => organisations.id),
    revokedAt: integer("revoked_at"),
  },
  (table) => [
    uniqueIndex("network_invitations_token_hash_idx").on(table.tokenHash),
    index("network_invitations_network_idx").on(table.networkId),
  ],
);

export const curationStates = ["featured", "hidden"] as const;

/** A network's say over a member's event in its own catalogue: show it first, or not at all. */
export const networkCuration = sqliteTable(
  "network_curation",
  {
    networkId: text("network_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    state: text("state", { enum: curationStates }).notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.networkId, table.eventId] })],
);
