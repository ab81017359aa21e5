import type { Role } from "../../schema/contracts/admin/session.js";

/** What each role may do in its organisation. Coordinators run the door; owners run the team. */
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
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof allowed;

export function may(role: Role, permission: Permission): boolean {
  return (allowed[permission] as readonly Role[]).includes(role);
}
