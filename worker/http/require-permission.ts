import { createMiddleware } from "hono/factory";
import type { Permission } from "../../schema/contracts/admin/permissions.js";
import { may } from "../../schema/contracts/admin/permissions.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";

/**
 * After `requireMember` (which loaded the organisation and the member's role): a member whose
 * role may not do this gets 403.
 */
export function requirePermission(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!may(c.var.role, permission)) {
      throw new ApiError(403, "forbidden", "Your role in this organisation does not allow this.");
    }
    await next();
  });
}
