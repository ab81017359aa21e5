import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminOrganisationSummary, Role } from "../../../schema/contracts/admin/session.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { html as staticHtml, literal, type StaticValue } from "lit/static-html.js";
import type { EventPage, Route } from "./routes.js";
import { hrefFor, mayOpen } from "./routes.js";

/** What choosing a view needs; the pages read the organisation, role and user from `pageContext`. */
export interface ViewContext {
  localize: AdminLocalizeController;
  organisation: AdminOrganisationSummary;
  role: Role;
}

/** The element of each of an event's sub-pages; each checks the role again for what it changes. */
const eventPageTags: Readonly<Record<EventPage | "roster", StaticValue>> = {
  roster: literal`hearth-admin-roster`,
  needs: literal`hearth-admin-needs-board`,
  manifest: literal`hearth-admin-manifest`,
  feedback: literal`hearth-admin-feedback`,
  cooks: literal`hearth-admin-cook-queue`,
  stalls: literal`hearth-admin-stalls`,
  translations: literal`hearth-admin-dish-translations`,
  ledger: literal`hearth-admin-ledger`,
  shifts: literal`hearth-admin-shift-board`,
  hours: literal`hearth-admin-hours`,
};

/** An event's sub-page: the event's id is all it takes (the rest is the page state). */
function renderEventPage(tag: StaticValue, eventId: string, lang: string) {
  return staticHtml`<${tag} lang=${lang} event-id=${eventId}></${tag}>`;
}

/** The main area for a signed-in person's route. */
export function renderView(route: Route, context: ViewContext) {
  const { localize, organisation, role } = context;
  const lang = localize.locale;
  const org = organisation.slug;
  if (!mayOpen(role, route)) {
    // The page still has its h1 (and title): what happened, said as the heading.
    return html`<div class="alert" role="alert">
      <h1 tabindex="-1">${localize.t("noAccess")}</h1>
      <a href=${hrefFor({ name: "events" }, org)}>${localize.t("backToEvents")}</a>
    </div>`;
  }
  switch (route.name) {
    case "events":
      return html`<hearth-admin-event-list lang=${lang}></hearth-admin-event-list>`;
    case "event-new":
    case "event":
      return html`<hearth-admin-event-editor
        lang=${lang}
        event-id=${route.name === "event" ? route.id : ""}
      ></hearth-admin-event-editor>`;
    case "roster":
    case "needs":
    case "manifest":
    case "feedback":
    case "cooks":
    case "stalls":
    case "translations":
    case "ledger":
    case "shifts":
    case "hours":
      return renderEventPage(eventPageTags[route.name], route.id, lang);
    case "roles":
      return html`<hearth-admin-roles lang=${lang}></hearth-admin-roles>`;
    case "settings":
      return html`<hearth-admin-settings lang=${lang}></hearth-admin-settings>`;
    case "team":
      return html`<hearth-admin-team lang=${lang}></hearth-admin-team>`;
    case "audit":
      return html`<hearth-admin-audit lang=${lang}></hearth-admin-audit>`;
    case "messages":
      return html`<hearth-admin-messages lang=${lang}></hearth-admin-messages>`;
    case "network":
      return html`<hearth-admin-network lang=${lang}></hearth-admin-network>`;
    case "network-join":
      return html`<hearth-admin-network-join
        lang=${lang}
        token=${route.token}
      ></hearth-admin-network-join>`;
    case "mentoring":
      return html`<hearth-admin-seasons lang=${lang}></hearth-admin-seasons>`;
    case "mentoring-new":
    case "mentoring-edit":
      return html`<hearth-admin-season-form
        lang=${lang}
        season-id=${route.name === "mentoring-edit" ? route.id : ""}
      ></hearth-admin-season-form>`;
    case "mentoring-workbench":
      return html`<hearth-admin-mentoring-workbench
        lang=${lang}
        season-id=${route.id}
      ></hearth-admin-mentoring-workbench>`;
    case "sign-in":
    case "invitation":
      // Open to anyone, so refused above once signed in: the app shows them itself.
      return nothing;
  }
}
