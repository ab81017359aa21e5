import type { SignUpSites } from "../../schema/contracts/events.js";

/** The organisation's page on Hearth: its events, where anyone may sign up. */
export const signupPageUrl = (origin: string, organisationSlug: string) =>
  `${origin}/signup/?org=${encodeURIComponent(organisationSlug)}`;

/** Where an organisation takes sign-ups, for the widgets to check their page against. */
export function signUpSites(
  origin: string,
  organisation: { slug: string; signupOrigins: string[] },
): SignUpSites {
  return {
    signupOrigins: organisation.signupOrigins,
    signupPageUrl: signupPageUrl(origin, organisation.slug),
  };
}
