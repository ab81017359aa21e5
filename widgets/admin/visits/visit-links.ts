import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import type { EventPage } from "../app/routes.js";
import { hrefFor } from "../app/routes.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

const pages = [
  ["needs", "events.read", "needsBoard"],
  ["manifest", "roster.read", "dayManifest"],
  ["feedback", "events.read", "feedbackTitle"],
] as const;

/** Links to a visit's needs board, day manifest and (once it is over) feedback; nothing for other kinds. */
export function renderVisitLinks(
  event: AdminEvent,
  context: {
    localize: AdminLocalizeController;
    org: string;
    role: Role | undefined;
    title?: string;
  },
  except?: EventPage,
) {
  if (event.kind !== "visit") return nothing;
  const over = Date.parse(event.endsAt) < Date.now();
  return pages
    .filter(([page, permission]) => page !== except && may(context.role, permission))
    .filter(([page]) => page !== "feedback" || over)
    .map(
      ([page, , label]) =>
        html`<a class="button secondary" href=${hrefFor({ name: page, id: event.id }, context.org)}
          >${context.localize.t(label)}${
            context.title ? html`<span class="visually-hidden">: ${context.title}</span>` : nothing
          }</a
        >`,
    );
}
