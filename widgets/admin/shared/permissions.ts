import type { Role } from "../../../schema/contracts/admin/session.js";

/*
 * The worker's table (worker/admin/permissions.ts) mirrored for the UI: the dashboard hides what a
 * role cannot do, the worker still refuses it. Widgets never import worker code.
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
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof allowed;

export function may(role: Role | undefined, permission: Permission): boolean {
  return role !== undefined && (allowed[permission] as readonly Role[]).includes(role);
}
