import type { SignUpSites } from "../../schema/contracts/events.js";
import { html } from "./fallback-text.js";
import type { LocalizeController } from "./localize.js";

/**
 * Whether a form on this page can send a sign-up: the organisation allowed this website, or this
 * is Hearth's own page. Unknown (the answer did not say) counts as yes: the server still decides.
 */
export function acceptsSignUpsHere(sites: Partial<SignUpSites> | undefined): boolean {
  if (!sites?.signupOrigins || !sites.signupPageUrl) return true;
  const here = location.origin;
  return sites.signupOrigins.includes(here) || new URL(sites.signupPageUrl).origin === here;
}

/**
 * Instead of a form the browser would refuse to send ("We could not connect"): say plainly that
 * sign-ups from this website are not open yet, and link to the organisation's page on Hearth.
 */
export function renderSignUpElsewhere(localize: LocalizeController, sites: SignUpSites) {
  const page = new URL(sites.signupPageUrl);
  page.searchParams.set("lang", localize.locale);
  return html`<div part="notice" class="notice elsewhere">
    <p>${localize.t("signupElsewhere")}</p>
    <p>
      <a part="button" class="button" href=${page.href}>${localize.t("signupElsewhereLink")}</a>
    </p>
  </div>`;
}
