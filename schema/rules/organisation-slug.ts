/**
 * An organisation's slug names it in addresses: `/api/v1/orgs/<slug>`, and its events' own pages
 * `/<slug>/events/<id>` beside Hearth's other pages at the top of the site. Lower-case letters,
 * digits and single hyphens inside, 2 to 63 characters, as a DNS label is.
 */
export const organisationSlugPattern = /^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){1,62}$/;

/**
 * First path segments Hearth serves itself (its static pages and the worker's routes) or keeps
 * for later: an organisation called so would have its pages shadowed, or shadow Hearth's. Every
 * top-level folder of `site/` and every route prefix of the worker is here; a test checks.
 */
export const reservedSlugs: ReadonlySet<string> = new Set([
  "about",
  "admin",
  "api",
  "assets",
  "chunks",
  "cook",
  "demo",
  "dev",
  "docs",
  "e",
  "embed",
  "events",
  "help",
  "i18n",
  "login",
  "manage",
  "networks",
  "oembed",
  "orgs",
  "qr",
  "r",
  "signup",
  "static",
  "volunteer",
  "mentoring",
  "well-known",
  "www",
]);

/** What is wrong with a slug, or null: its form first, then whether Hearth keeps the word. */
export function organisationSlugProblem(slug: string): "invalid_format" | "slug_reserved" | null {
  if (!organisationSlugPattern.test(slug)) return "invalid_format";
  return reservedSlugs.has(slug) ? "slug_reserved" : null;
}
