import type { Context } from "hono";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate, normalizeTag } from "../../i18n/negotiate.js";
import type { AppEnv } from "../http/app-env.js";

/** The reader's languages from `Accept-Language`, most preferred first (at most ten). */
function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const quality = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: quality === undefined ? 1 : Number(quality) };
    })
    .filter(({ tag, quality }) => tag !== "" && tag !== "*" && quality > 0)
    .sort((a, b) => b.quality - a.quality)
    .slice(0, 10)
    .map(({ tag }) => tag);
}

export interface ReaderLanguage {
  /** A language Hearth speaks: the page's own words and `<html lang>`. */
  locale: string;
  /** `?lang=` as a well-formed tag, for the widget's `lang`; null when none (or not a tag). */
  requested: string | null;
}

/**
 * The one negotiation rule, on the server: the address's `?lang=` (a host page's language), then
 * the browser's languages, then the organisation's default.
 */
export function readerLanguage(c: Context<AppEnv>, organisationDefault: string): ReaderLanguage {
  const requested = normalizeTag(c.req.query("lang"));
  const { locale } = negotiate(
    [requested, ...acceptedLanguages(c.req.header("Accept-Language")), organisationDefault],
    publicLanguages,
  );
  return { locale, requested };
}
