import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { hrefFor } from "../app/routes.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

const pages = [
  ["shifts", "navShiftBoard"],
  ["hours", "navHours"],
] as const;

/** Links to an event's shift board and hours; nothing for an event without volunteer shifts. */
export function renderVolunteerLinks(
  event: AdminEvent,
  context: {
    localize: AdminLocalizeController;
    org: string;
    role: Role | undefined;
    title?: string;
  },
  except?: "shifts" | "hours",
) {
  if (!event.slots.some((slot) => slot.audience === "volunteer")) return nothing;
  if (!may(context.role, "roster.read")) return nothing;
  return pages
    .filter(([page]) => page !== except)
    .map(
      ([page, label]) =>
        html`<a class="button secondary" href=${hrefFor({ name: page, id: event.id }, context.org)}
          >${context.localize.t(label)}${
            context.title ? html`<span class="visually-hidden">: ${context.title}</span>` : nothing
          }</a
        >`,
    );
}
