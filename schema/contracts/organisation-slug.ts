import * as v from "valibot";
import { organisationSlugPattern, reservedSlugs } from "../rules/organisation-slug.js";
import { rule } from "./text-fields.js";

/**
 * An organisation's slug wherever one is chosen: its form (`invalid_format`), then not a word
 * Hearth's own addresses use (`slug_reserved`), each refused with its own field code.
 */
export const organisationSlugSchema = v.pipe(
  v.string("Write the short name used in addresses."),
  v.trim(),
  v.toLowerCase(),
  v.regex(
    organisationSlugPattern,
    "Use 2 to 63 lower-case letters, digits and single hyphens, such as tartu-city.",
  ),
  rule(
    "slug_reserved",
    (slug: string) => !reservedSlugs.has(slug),
    "Hearth uses this word in its own addresses. Choose another short name.",
  ),
);
