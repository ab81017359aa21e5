import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { hrefFor } from "../app/routes.js";
import { renderFestivalLinks } from "../festival/festival-links.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { renderVisitLinks } from "../visits/visit-links.js";
import { renderVolunteerLinks } from "../volunteers/volunteer-links.js";
import { rosterCsvUrl } from "./roster-api.js";

/** The panel open above the roster: door mode, "Add someone", or none. */
export type Panel = "" | "door" | "add";

export interface ToolbarContext {
  localize: AdminLocalizeController;
  org: string;
  role: Role | undefined;
  panel: Panel;
  /** Whether the event asks a sensitive question: only then is there a download with its answers. */
  hasSensitive: boolean;
  /** Opens the panel, or closes it when it is already open. */
  toggle: (panel: Panel) => void;
  /** Prints the check-in list, everyone on it (later pages loaded first). */
  print: () => void;
}

/**
 * The roster's buttons: door mode and "Add someone" panels, CSV download, print, the event's
 * other pages and the way back to it, each as far as the member's role allows.
 */
export function renderRosterToolbar(event: AdminEvent, context: ToolbarContext) {
  const { localize, org, role } = context;
  const t = localize.t.bind(localize);
  const toggle = (panel: Panel, label: string) =>
    html`<button
      type="button"
      class="button ${context.panel === panel ? "" : "secondary"}"
      aria-expanded=${context.panel === panel ? "true" : "false"}
      @click=${() => context.toggle(panel)}
    >
      ${label}
    </button>`;
  return html`<div class="toolbar screen-only">
    ${toggle("door", t("doorMode"))}
    ${may(role, "roster.write") ? toggle("add", t("addSomeone")) : nothing}
    ${
      may(role, "roster.export")
        ? html`<a class="button secondary" href=${rosterCsvUrl(org, event.id)} download
            >${t("downloadCsv")}</a
          >`
        : nothing
    }
    ${may(role, "roster.export") && context.hasSensitive ? renderSensitiveDownload(event, context) : nothing}
    <button type="button" class="button secondary" @click=${() => context.print()}>
      ${t("printList")}
    </button>
    ${renderVisitLinks(event, { localize, org, role })}
    ${renderFestivalLinks(event, { localize, org, role })}
    ${renderVolunteerLinks(event, { localize, org, role })}
    ${
      may(role, "events.read")
        ? html`<a class="button link" href=${hrefFor({ name: "event", id: event.id }, org)}
            >${t("backToEvent")}</a
          >`
        : nothing
    }
  </div>`;
}

/** The download with sensitive answers, set apart and explained: it is recorded as its own export. */
function renderSensitiveDownload(event: AdminEvent, { localize, org }: ToolbarContext) {
  return html`<span class="sensitive-download">
    <a
      class="button secondary"
      href=${rosterCsvUrl(org, event.id, true)}
      download
      aria-describedby="sensitive-download-hint"
      >${localize.t("downloadCsvSensitive")}</a
    >
    <small id="sensitive-download-hint" class="muted"
      >${localize.t("downloadCsvSensitiveHint")}</small
    >
  </span>`;
}
