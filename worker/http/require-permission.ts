import { createMiddleware } from "hono/factory";
import type { Permission } from "../../schema/contracts/admin/permissions.js";
import { may } from "../../schema/contracts/admin/permissions.js";
import type { Role } from "../../schema/contracts/admin/session.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";

/**
 * After `requireMember` (which loaded the organisation and the member's role): a member whose
 * role may not do this gets 403.
 */
export function requirePermission(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    checkPermission(c.var.role, permission);
    await next();
  });
}

/** 403 unless `role` may do `permission`. */
export function checkPermission(role: Role | undefined, permission: Permission): void {
  if (!may(role, permission)) {
    throw new ApiError(403, "forbidden", "Your role in this organisation does not allow this.");
  }
}
