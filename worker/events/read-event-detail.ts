import type { Context } from "hono";
import type { EventDetailResponse } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { organisationSlug, unknownOrganisation } from "../organisations/load-organisation.js";
import { signUpSites } from "../organisations/signup-sites.js";
import { findPublicEvent } from "./event-queries.js";
import { toPublicEvent } from "./public-event.js";

export const unknownEvent = () =>
  new ApiError(404, "not_found", "We could not find this event. It may have been removed.");

/**
 * One published (or cancelled) event of the organisation in the path, with where it takes
 * sign-ups: `GET /events/:eventId`'s answer, and what the sign-up form's first screen is drawn
 * from. One D1 round trip; 404 for an unknown organisation or event.
 */
export async function readEventDetail(
  c: Context<AppEnv>,
  eventId: string,
  lang: string | undefined,
): Promise<EventDetailResponse> {
  const result = await findPublicEvent(c.var.db, organisationSlug(c), eventId);
  if (!result) throw unknownOrganisation();
  const event = result.events[0];
  if (!event) throw unknownEvent();
  const origin = new URL(c.req.url).origin;
  return {
    defaultLocale: result.defaultLocale,
    ...signUpSites(origin, result),
    event: toPublicEvent(event, {
      locale: lang ?? result.defaultLocale,
      fallbackLocale: result.defaultLocale,
      now: Date.now(),
      origin,
      organisationSlug: result.slug,
      retentionDays: result.retentionDays,
      requestedLocale: lang,
    }),
  };
}
