import * as v from "valibot";

/**
 * The organiser API of networks (`/api/v1/admin/orgs/:org/...`). A network's side: members,
 * invitation links, the members' events (no personal data) and what the catalogue features or
 * hides. A member's side: the networks it joined, joining with a link, leaving, and whether its
 * events are listed by default.
 */

const tokenSchema = v.pipe(
  v.string("Paste the whole link the network gave you."),
  v.regex(/^[A-Za-z0-9_-]{20,100}$/, "Paste the whole link the network gave you."),
);

/** `PUT …/network`: turn the organisation into a network (or back, when no one is in it). */
export const networkModeBodySchema = v.object({
  isNetwork: v.boolean("Say whether this organisation runs a network."),
});

/** `POST …/network/invitations` */
export const networkInvitationBodySchema = v.object({
  /** Who the link is for, for the network's own list (e.g. "Red Cross Tartu"). */
  note: v.optional(
    v.pipe(v.string(), v.trim(), v.maxLength(120, "Keep the note under 120 characters.")),
    "",
  ),
});

/** `POST …/networks/preview` and `POST …/networks/join`: the link's token. */
export const networkJoinBodySchema = v.object({ token: tokenSchema });

/** `PUT …/networks/:network`: the member's default for events that don't choose. */
export const networkMembershipBodySchema = v.object({
  listByDefault: v.boolean("Say whether your events appear in this network by default."),
});

/** `PUT …/network/events/:eventId/curation`: feature, hide, or neither (null). */
export const curationBodySchema = v.object({
  state: v.nullable(v.picklist(["featured", "hidden"], "Choose featured, hidden or nothing.")),
});

/** `PUT …/events/:eventId/network-listing`: the event's own choice, or null to follow the default. */
export const networkListingBodySchema = v.object({
  listing: v.nullable(v.picklist(["listed", "unlisted"], "Choose listed, unlisted or nothing.")),
});

export interface NetworkMemberSummary {
  slug: string;
  name: string;
  joinedAt: string;
  listByDefault: boolean;
  /** Published events that have not ended. */
  upcomingEvents: number;
}

export interface NetworkInvitationSummary {
  id: string;
  note: string;
  createdAt: string;
  expiresAt: string;
}

export interface JoinedNetwork {
  slug: string;
  name: string;
  joinedAt: string;
  listByDefault: boolean;
}

/** `GET …/network`: both sides at once — what the organisation runs and what it joined. */
export interface NetworkOverviewResponse {
  isNetwork: boolean;
  members: NetworkMemberSummary[];
  invitations: NetworkInvitationSummary[];
  joined: JoinedNetwork[];
}

/** The link is shown once; only its hash is stored. */
export interface NetworkInvitationCreatedResponse {
  invitation: NetworkInvitationSummary & { url: string };
}

export interface NetworkPreviewResponse {
  network: { slug: string; name: string };
  /** Already a member: joining again changes nothing. */
  alreadyMember: boolean;
}

/** A member's event as the network sees it: what the catalogue shows, never who signed up. */
export interface NetworkMemberEvent {
  id: string;
  organiser: { slug: string; name: string };
  title: string;
  startsAt: string;
  kind: string;
  /** Whether the catalogue lists it (the event's or its organiser's choice). */
  listed: boolean;
  curation: "featured" | "hidden" | null;
  capacity: number;
  remaining: number;
}

export interface NetworkMemberEventsResponse {
  events: NetworkMemberEvent[];
  nextCursor: string | null;
}
