import type { SignUpSites } from "../../schema/contracts/events.js";
import { html } from "./fallback-text.js";
import type { LocalizeController } from "./localize.js";

export { acceptsSignUpsHere } from "./accepts-signups.js";

const reported = new Set<string>();

/**
 * Tells the organisation, once per page, that a form of theirs is on a website they have not
 * allowed yet, so their settings can offer to allow it: a simple POST (no preflight, no cookies,
 * nothing read back) to `/orgs/:org/refused-website` on Hearth's own origin.
 */
function reportThisWebsite(sites: SignUpSites): void {
  const page = new URL(sites.signupPageUrl);
  // A network's page names the network: an organisation too, with websites of its own to allow.
  const org = page.searchParams.get("org") ?? page.searchParams.get("network");
  if (!org || reported.has(page.href)) return;
  reported.add(page.href);
  const url = `${page.origin}/api/v1/orgs/${encodeURIComponent(org)}/refused-website`;
  void fetch(url, { method: "POST", mode: "no-cors", credentials: "omit", keepalive: true }).catch(
    () => undefined,
  );
}

/**
 * Instead of a form the browser would refuse to send ("We could not connect"): say plainly that
 * sign-ups from this website are not open yet, and link to the organisation's page on Hearth.
 */
export function renderSignUpElsewhere(localize: LocalizeController, sites: SignUpSites) {
  reportThisWebsite(sites);
  const page = new URL(sites.signupPageUrl);
  page.searchParams.set("lang", localize.locale);
  return html`<div part="notice" class="notice elsewhere">
    <p>${localize.t("signupElsewhere")}</p>
    <p>
      <a part="button" class="button" href=${page.href}>${localize.t("signupElsewhereLink")}</a>
    </p>
  </div>`;
}
