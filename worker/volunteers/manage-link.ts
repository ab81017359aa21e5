import type { Context } from "hono";
import type { VolunteerResponse } from "../../schema/contracts/volunteers.js";
import type { AppEnv } from "../http/app-env.js";
import { authoriseManageToken } from "../http/bearer-token.js";
import type { VolunteerRow } from "./volunteer-queries.js";
import { findVolunteer, listSchedule } from "./volunteer-queries.js";
import { toVolunteerView, volunteerCalendarUrl } from "./volunteer-view.js";
import { idParam } from "../http/id-param.js";

/** The manage page also needs the organisation, to offer more of its shifts. */
export const volunteerManageUrl = (origin: string, slug: string, id: string, token: string) =>
  `${origin}/volunteer/?volunteer=${encodeURIComponent(id)}&org=${encodeURIComponent(slug)}#token=${token}`;

/** The volunteer in the path (`:id`), only with their manage link's token. */
export async function authoriseVolunteer(c: Context<AppEnv>): Promise<VolunteerRow> {
  const found = c.req.header("Authorization")
    ? await findVolunteer(
        c.var.db,
        idParam(c, "id", "We could not find you. Check that you opened the whole link."),
      )
    : null;
  return authoriseManageToken(c, found, {
    missing: "Open the link you got when you signed up to volunteer.",
    notFound: "We could not find you. Check that you opened the whole link.",
  });
}

/** The sites that may write through the manage link of the volunteer in the path. */
export const volunteerOrigins = async (c: Context<AppEnv>) =>
  (await findVolunteer(c.var.db, c.req.param("id") ?? ""))?.allowedOrigins ?? null;

/** The volunteer and their schedule as they see it, with their calendar feed's URL. */
export async function loadVolunteerView(c: Context<AppEnv>, volunteer: VolunteerRow) {
  return toVolunteerView(
    volunteer,
    await listSchedule(c.var.db, volunteer.id),
    await volunteerCalendarUrl(new URL(c.req.url).origin, c.env.MANAGE_TOKEN_SECRET, volunteer.id),
  );
}

/** Answers with the volunteer's view (never cached), and their manage link when signing up. */
export async function respondWithVolunteer(
  c: Context<AppEnv>,
  volunteer: VolunteerRow,
  status: 200 | 201,
  manageUrl?: string,
) {
  c.header("Cache-Control", "no-store");
  return c.json<VolunteerResponse, typeof status>(
    {
      volunteer: await loadVolunteerView(c, volunteer),
      ...(manageUrl ? { manageUrl } : {}),
    },
    status,
  );
}
