import type { Context } from "hono";
import type * as v from "valibot";
import type { ShiftsResponse, shiftsQuerySchema } from "../../schema/contracts/volunteers.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { organisationSlug } from "../organisations/load-organisation.js";
import { findOrganisationBySlug } from "../organisations/organisation-queries.js";
import { listUpcomingShifts } from "./shift-queries.js";
import { toShiftsResponse } from "./shift-listing.js";
import { listRoles } from "./volunteer-role-queries.js";

/**
 * The organisation's upcoming shifts (of one event, with `event`) and their roles, in the
 * reader's language: `GET /shifts`'s answer, and what the volunteer form's first screen is drawn
 * from. 404 for an unknown organisation.
 */
export async function readShifts(
  c: Context<AppEnv>,
  query: v.InferOutput<typeof shiftsQuerySchema>,
): Promise<ShiftsResponse> {
  const organisation = await findOrganisationBySlug(c.var.db, organisationSlug(c));
  if (!organisation) throw new ApiError(404, "not_found", "We could not find this organisation.");
  const locale = query.lang ?? organisation.defaultLocale;
  const shifts = await listUpcomingShifts(
    c.var.db,
    organisation.id,
    Date.now(),
    query.event ?? null,
  );
  const roles = await listRoles(c.var.db, organisation.id);
  return toShiftsResponse(organisation, new URL(c.req.url).origin, locale, roles, shifts);
}
