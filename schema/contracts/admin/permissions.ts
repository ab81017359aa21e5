import type { Role } from "./session.js";

/**
 * What each role may do in its organisation: coordinators run the door, organisers run events and
 * rosters, owners run the team. The worker enforces it on every admin route; the dashboard uses
 * the same table to show only what a role can do.
 */
const allowed = {
  "events.read": ["owner", "organiser", "coordinator"],
  "events.write": ["owner", "organiser"],
  "roster.read": ["owner", "organiser", "coordinator"],
  "roster.write": ["owner", "organiser"],
  "roster.export": ["owner", "organiser"],
  "roster.check-in": ["owner", "organiser", "coordinator"],
  "settings.read": ["owner", "organiser"],
  "settings.write": ["owner"],
  "team.manage": ["owner"],
  "audit.read": ["owner"],
  /** See the networks it runs or joined, and the members' events (never their people). */
  "network.read": ["owner", "organiser"],
  /** Invite, remove, join, leave, turn into a network: both sides' owners consent. */
  "network.manage": ["owner"],
  /** Feature or hide a member's event in the network's own catalogue. */
  "network.curate": ["owner", "organiser"],
  /** Language Friend seasons: the intake, the proposed pairs and their reasons. */
  "mentoring.read": ["owner", "organiser"],
  /** Create seasons, solve, lock, ban, publish, end pairs. */
  "mentoring.write": ["owner", "organiser"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof allowed;

/** The roles that may do `permission`, for a statement that checks it in SQL. */
export function rolesThatMay(permission: Permission): readonly Role[] {
  return allowed[permission];
}

export function may(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (allowed[permission] as readonly Role[]).includes(role);
}
