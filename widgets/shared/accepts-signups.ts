import type { SignUpSites } from "../../schema/contracts/events.js";

/**
 * Whether a form on this page can send a sign-up: the organisation allowed this website, or this
 * is Hearth's own page. Unknown (the answer did not say) counts as yes: the server still decides.
 * Free of Lit, so the sign-up form's first screen asks it before any widget code has loaded.
 */
export function acceptsSignUpsHere(sites: Partial<SignUpSites> | undefined): boolean {
  if (!sites?.signupOrigins || !sites.signupPageUrl) return true;
  const here = location.origin;
  return sites.signupOrigins.includes(here) || new URL(sites.signupPageUrl).origin === here;
}

/**
 * Whether a form's first screen drawn by the worker can be sent from this page: where the
 * organisation takes sign-ups rides along on it (`data-signup-origins`, `data-signup-page`).
 */
export const screenAcceptsSignUps = (screen: HTMLElement): boolean =>
  acceptsSignUpsHere({
    signupOrigins: (screen.dataset.signupOrigins ?? "").split(" ").filter(Boolean),
    signupPageUrl: screen.dataset.signupPage ?? "",
  });

/**
 * `screenAcceptsSignUps` for a widget that a manage link (`?<manageParameter>=` on the page)
 * opens on the person's own page instead: then the new form's first screen is not shown.
 */
export const newFormAccepted =
  (manageParameter: string) =>
  (screen: HTMLElement): boolean =>
    !new URLSearchParams(location.search).has(manageParameter) && screenAcceptsSignUps(screen);
