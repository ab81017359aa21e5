import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { hrefFor } from "../app/routes.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

const pages = [
  ["cooks", "roster.read", "navCooks"],
  ["stalls", "events.read", "navStalls"],
  ["translations", "roster.read", "navDishTranslations"],
  ["ledger", "roster.read", "navLedger"],
] as const;

/** Links to a festival's cooks, stalls, dish translations and ledger; nothing for other kinds. */
export function renderFestivalLinks(
  event: AdminEvent,
  context: {
    localize: AdminLocalizeController;
    org: string;
    role: Role | undefined;
    title?: string;
  },
  except?: "cooks" | "stalls" | "translations" | "ledger",
) {
  if (event.kind !== "festival") return nothing;
  return pages
    .filter(([page, permission]) => page !== except && may(context.role, permission))
    .map(
      ([page, , label]) =>
        html`<a class="button secondary" href=${hrefFor({ name: page, id: event.id }, context.org)}
          >${context.localize.t(label)}${
            context.title ? html`<span class="visually-hidden">: ${context.title}</span>` : nothing
          }</a
        >`,
    );
}
