import { html } from "../../shared/fallback-text.js";
import type { AdminOrganisationSummary, Role } from "../../../schema/contracts/admin/session.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { Permission } from "../../../schema/contracts/admin/permissions.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { renderFestivalPage } from "../festival/festival-page.js";
import { renderVolunteerPage } from "../volunteers/volunteer-page.js";
import type { Route } from "./routes.js";
import { hrefFor } from "./routes.js";

export interface ViewContext {
  localize: AdminLocalizeController;
  organisation: AdminOrganisationSummary;
  role: Role;
  userId: string;
}

/** What a role needs to open each place; the worker checks again on every request. */
export const needs: Record<Exclude<Route["name"], "sign-in" | "invitation">, Permission> = {
  events: "events.read",
  "event-new": "events.write",
  event: "events.read",
  roster: "roster.read",
  needs: "events.read",
  // Names and phone numbers of everyone on the day, like the roster.
  manifest: "roster.read",
  feedback: "events.read",
  // Cooks' applications hold contact details, like the roster.
  cooks: "roster.read",
  stalls: "events.read",
  translations: "roster.read",
  ledger: "roster.read",
  // Volunteers' names, emails and phones, like the roster.
  shifts: "roster.read",
  hours: "roster.read",
  roles: "events.write",
  settings: "settings.read",
  team: "team.manage",
  audit: "audit.read",
  // The worker lets coordinators read the list too; the page is for those who can send again.
  messages: "roster.write",
};

/** The main area for a signed-in person's route. */
export function renderView(route: Route, context: ViewContext) {
  const { localize, organisation, role } = context;
  const lang = localize.locale;
  const org = organisation.slug;
  if (route.name === "sign-in" || route.name === "invitation" || !may(role, needs[route.name])) {
    // The page still has its h1 (and title): what happened, said as the heading.
    return html`<div class="alert" role="alert">
      <h1 tabindex="-1">${localize.t("noAccess")}</h1>
      <a href=${hrefFor({ name: "events" }, org)}>${localize.t("backToEvents")}</a>
    </div>`;
  }
  switch (route.name) {
    case "events":
      return html`<hearth-admin-event-list
        lang=${lang}
        org=${org}
        member-role=${role}
        .organisation=${organisation}
      ></hearth-admin-event-list>`;
    case "event-new":
    case "event":
      return html`<hearth-admin-event-editor
        lang=${lang}
        org=${org}
        member-role=${role}
        event-id=${route.name === "event" ? route.id : ""}
        .organisation=${organisation}
      ></hearth-admin-event-editor>`;
    case "roster":
      return html`<hearth-admin-roster
        lang=${lang}
        org=${org}
        member-role=${role}
        event-id=${route.id}
        .organisation=${organisation}
      ></hearth-admin-roster>`;
    case "needs":
      return html`<hearth-admin-needs-board
        lang=${lang}
        org=${org}
        member-role=${role}
        event-id=${route.id}
        .organisation=${organisation}
      ></hearth-admin-needs-board>`;
    case "manifest":
      return html`<hearth-admin-manifest
        lang=${lang}
        org=${org}
        event-id=${route.id}
        .organisation=${organisation}
      ></hearth-admin-manifest>`;
    case "feedback":
      return html`<hearth-admin-feedback
        lang=${lang}
        org=${org}
        event-id=${route.id}
        .organisation=${organisation}
      ></hearth-admin-feedback>`;
    case "cooks":
    case "stalls":
    case "translations":
    case "ledger":
      return renderFestivalPage(route.name, route.id, context);
    case "shifts":
    case "hours":
      return renderVolunteerPage(route.name, route.id, context);
    case "roles":
      return html`<hearth-admin-roles
        lang=${lang}
        org=${org}
        .organisation=${organisation}
      ></hearth-admin-roles>`;
    case "settings":
      return html`<hearth-admin-settings
        lang=${lang}
        org=${org}
        member-role=${role}
      ></hearth-admin-settings>`;
    case "team":
      return html`<hearth-admin-team
        lang=${lang}
        org=${org}
        user-id=${context.userId}
      ></hearth-admin-team>`;
    case "audit":
      return html`<hearth-admin-audit lang=${lang} org=${org}></hearth-admin-audit>`;
    case "messages":
      return html`<hearth-admin-messages lang=${lang} org=${org}></hearth-admin-messages>`;
  }
}
