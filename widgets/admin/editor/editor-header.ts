import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import { hrefFor } from "../app/routes.js";
import { renderFestivalLinks } from "../festival/festival-links.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { pickText } from "../shared/locale-text.js";
import { renderVisitLinks } from "../visits/visit-links.js";
import { renderVolunteerLinks } from "../volunteers/volunteer-links.js";

export interface HeaderContext {
  localize: AdminLocalizeController;
  org: string;
  role: Role | undefined;
  /** The organisation's content languages, default first. */
  locales: readonly string[];
}

/**
 * The editor's heading: the event's title and status, with links to its roster and to the pages
 * of its kind; "New event" before it is saved.
 */
export function renderEditorToolbar(event: AdminEvent | undefined, context: HeaderContext) {
  const { localize, org, role } = context;
  const t = localize.t.bind(localize);
  const title = event ? pickText(event.title, context.locales) || t("untitled") : t("newEvent");
  return html`<div class="toolbar">
    <h1 class="grow" id="editor-title" tabindex="-1">${title}</h1>
    ${event ? html`<span class="badge ${event.status}">${t(`status_${event.status}`)}</span>` : nothing}
    ${
      event
        ? html`<a class="button secondary" href=${hrefFor({ name: "roster", id: event.id }, org)}
            >${t("rosterCheckIn")}</a
          >`
        : nothing
    }
    ${event ? renderVisitLinks(event, { localize, org, role }) : nothing}
    ${event ? renderFestivalLinks(event, { localize, org, role }) : nothing}
    ${event ? renderVolunteerLinks(event, { localize, org, role }) : nothing}
  </div>`;
}

/** A note naming the languages the event's texts are still missing; nothing when none are. */
export function renderMissingTranslations(
  event: AdminEvent | undefined,
  localize: AdminLocalizeController,
) {
  const missing = event?.missingTranslations ?? [];
  if (missing.length === 0) return nothing;
  const names = missing.map((code) => localize.languageName(code)).join(", ");
  return html`<p class="notice missing-note">
    ${localize.t("missingTranslations", { list: names })}
  </p>`;
}
