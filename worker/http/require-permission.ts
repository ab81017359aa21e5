import { createMiddleware } from "hono/factory";
import type { Permission } from "../../schema/contracts/admin/permissions.js";
import { may } from "../../schema/contracts/admin/permissions.js";
import { findMembership } from "../organisers/membership-queries.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";
import { organisationSlug } from "../organisations/load-organisation.js";

/**
 * Loads `:org` for a member only. Someone who is not a member gets the same 404 as for an
 * organisation that does not exist, whatever they guess; a member whose role may not act gets 403.
 */
export function requirePermission(permission: Permission) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const membership = await findMembership(c.var.db, c.var.user.userId, organisationSlug(c));
    if (!membership) {
      throw new ApiError(404, "not_found", "We could not find this organisation.");
    }
    if (!may(membership.role, permission)) {
      throw new ApiError(403, "forbidden", "Your role in this organisation does not allow this.");
    }
    c.set("organisation", membership.organisation);
    c.set("role", membership.role);
    await next();
  });
}
