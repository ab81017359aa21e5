import { html } from "../../shared/fallback-text.js";
import type { ViewContext } from "../app/views.js";

export type FestivalPage = "cooks" | "stalls" | "translations" | "ledger";

/** A festival's organiser pages; each checks the role again for what it lets people change. */
export function renderFestivalPage(page: FestivalPage, eventId: string, context: ViewContext) {
  const lang = context.localize.locale;
  const org = context.organisation.slug;
  switch (page) {
    case "cooks":
      return html`<hearth-admin-cook-queue
        lang=${lang}
        org=${org}
        member-role=${context.role}
        event-id=${eventId}
        .organisation=${context.organisation}
      ></hearth-admin-cook-queue>`;
    case "stalls":
      return html`<hearth-admin-stalls
        lang=${lang}
        org=${org}
        member-role=${context.role}
        event-id=${eventId}
        .organisation=${context.organisation}
      ></hearth-admin-stalls>`;
    case "translations":
      return html`<hearth-admin-dish-translations
        lang=${lang}
        org=${org}
        member-role=${context.role}
        event-id=${eventId}
        .organisation=${context.organisation}
      ></hearth-admin-dish-translations>`;
    case "ledger":
      return html`<hearth-admin-ledger
        lang=${lang}
        org=${org}
        member-role=${context.role}
        event-id=${eventId}
        .organisation=${context.organisation}
      ></hearth-admin-ledger>`;
  }
}
