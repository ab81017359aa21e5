import { html } from "../../shared/fallback-text.js";
import type { ViewContext } from "../app/views.js";

/** An event's volunteer pages: the shift board and the hours. */
export function renderVolunteerPage(
  page: "shifts" | "hours",
  eventId: string,
  context: ViewContext,
) {
  const lang = context.localize.locale;
  const org = context.organisation.slug;
  return page === "shifts"
    ? html`<hearth-admin-shift-board
        lang=${lang}
        org=${org}
        member-role=${context.role}
        event-id=${eventId}
        .organisation=${context.organisation}
      ></hearth-admin-shift-board>`
    : html`<hearth-admin-hours
        lang=${lang}
        org=${org}
        member-role=${context.role}
        event-id=${eventId}
        .organisation=${context.organisation}
      ></hearth-admin-hours>`;
}
