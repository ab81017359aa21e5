import * as v from "valibot";
import { plainCssValue } from "../../rules/theme.js";
import { localeSchema } from "../locale-text.js";
import { singleLineText } from "../text-fields.js";
import { isWebUrl } from "../text-rules.js";

/** A website's origin as browsers send it in `Origin`: `https://www.example.org`, nothing more. */
export const isWebOrigin = (value: string): boolean =>
  isWebUrl(value) && new URL(value).origin === value;

export const originSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    isWebOrigin,
    "Use a website origin such as https://www.example.org (no path, no slash at the end).",
  ),
);

/** How many websites an organisation may allow to embed its widgets. */
export const maxAllowedOrigins = 50;

/** Theme tokens a widget understands: `--hearth-<token>`. */
export const themeTokens = [
  "color-primary",
  "color-on-primary",
  "color-text",
  "color-muted",
  "color-surface",
  "color-border",
  "color-danger",
  "color-success",
  "color-focus",
  "radius",
  "font-family",
] as const;

/** One theme token's value: what an organisation may save and an iframe embed may be given. */
export const themeValue = v.pipe(
  singleLineText(100),
  v.regex(plainCssValue, "Use a plain CSS value such as #0b57d0 or 0.5rem."),
);

/** `PUT /api/v1/admin/orgs/:org/settings` */
export const organisationSettingsSchema = v.pipe(
  v.object({
    name: singleLineText(120, "Write the organisation's name."),
    defaultLocale: localeSchema,
    locales: v.pipe(v.array(localeSchema), v.minLength(1, "Choose at least one language.")),
    timeZone: v.pipe(
      v.string(),
      v.check((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "Use a time zone such as Europe/Tallinn."),
    ),
    allowedOrigins: v.pipe(v.array(originSchema), v.maxLength(maxAllowedOrigins)),
    theme: v.record(v.picklist(themeTokens), themeValue),
    retentionDays: v.pipe(
      v.number(),
      v.integer(),
      v.minValue(1, "Use 1 day or more."),
      v.maxValue(3650, "Use 3650 days or fewer."),
    ),
    version: v.pipe(v.number(), v.integer()),
  }),
  v.forward(
    v.check(
      (settings) => settings.locales.includes(settings.defaultLocale),
      "The default language must be one of the languages.",
    ),
    ["defaultLocale"],
  ),
);

export interface OrganisationSettings {
  slug: string;
  name: string;
  kind: "municipality" | "ngo";
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  allowedOrigins: string[];
  theme: Record<string, string>;
  retentionDays: number;
  version: number;
}

export interface OrganisationSettingsResponse {
  settings: OrganisationSettings;
}
