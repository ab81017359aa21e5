import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { MeResponse, Role } from "../../../schema/contracts/admin/session.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { languageName } from "../../../i18n/languages.js";
import { dashboardLocales } from "../shared/admin-localize.js";
import type { Location } from "./routes.js";
import { hrefFor, isCurrent, mayOpen, navigation } from "./routes.js";

export interface HeaderContext {
  localize: AdminLocalizeController;
  me: MeResponse | null;
  location: Location;
  org: string | null;
  role: Role | undefined;
  switchOrg: (slug: string) => void;
  switchLanguage: (locale: string) => void;
  signOut: () => void;
  /** On a phone the navigation folds behind one "Menu" button; whether it is open. */
  menuOpen: boolean;
  toggleMenu: () => void;
}

/** Brand, organisation and language switchers, who is signed in, and the views their role allows. */
export function renderHeader(context: HeaderContext) {
  const { localize, me, org, role } = context;
  const t = localize.t.bind(localize);
  const memberships = me?.memberships ?? [];
  return html`<header class="header">
      <p class="brand">${t("brand")}</p>
      ${
        memberships.length > 1
          ? html`<div class="switch">
              <label for="org-switch">${t("organisation")}</label>
              <select
                id="org-switch"
                @change=${(e: Event) => context.switchOrg((e.target as HTMLSelectElement).value)}
              >
                ${memberships.map(
                  ({ organisation }) =>
                    html`<option value=${organisation.slug} ?selected=${organisation.slug === org}>
                      ${organisation.name}
                    </option>`,
                )}
              </select>
            </div>`
          : memberships[0]
            ? html`<p class="org-name">${memberships[0].organisation.name}</p>`
            : nothing
      }
      <div class="switch">
        <label for="lang-switch">${t("language")}</label>
        <select
          id="lang-switch"
          @change=${(e: Event) => context.switchLanguage((e.target as HTMLSelectElement).value)}
        >
          ${dashboardLocales.map(
            (code) =>
              html`<option value=${code} lang=${code} ?selected=${code === localize.locale}>
                ${languageName(code)}
              </option>`,
          )}
        </select>
      </div>
      ${
        me
          ? html`<p class="user"><bdi>${me.user.displayName}</bdi></p>
              <button type="button" class="button secondary small" @click=${context.signOut}>
                ${t("signOut")}
              </button>`
          : nothing
      }
    </header>
    ${me && role ? renderNavigation(context, role) : nothing}`;
}

/**
 * The views the role allows. On a narrow screen they fold behind a "Menu" button that names the
 * open view (a disclosure: `aria-expanded`), so the page starts near the top of a phone's screen;
 * choosing a view folds them again.
 */
function renderNavigation(context: HeaderContext, role: Role) {
  const { localize, org } = context;
  const t = localize.t.bind(localize);
  const items = navigation.filter(({ route }) => mayOpen(role, route));
  const current = items.find(({ route }) => isCurrent(route, context.location.route));
  return html`<nav class="nav" aria-label=${t("navLabel")}>
    <button
      type="button"
      class="button secondary small nav-toggle"
      aria-expanded=${context.menuOpen ? "true" : "false"}
      aria-controls="nav-list"
      @click=${context.toggleMenu}
    >
      ${t("navMenu")}${current ? html`<span class="nav-current">: ${t(current.label)}</span>` : nothing}
    </button>
    <ul id="nav-list" class=${context.menuOpen ? "open" : ""}>
      ${items.map(
        ({ route, label }) =>
          html`<li>
            <a
              href=${hrefFor(route, org)}
              aria-current=${isCurrent(route, context.location.route) ? "page" : nothing}
              >${t(label)}</a
            >
          </li>`,
      )}
    </ul>
  </nav>`;
}
