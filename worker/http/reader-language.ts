import type { Context } from "hono";
import { publicLanguages } from "../../i18n/languages.js";
import type { Negotiated } from "../../i18n/negotiate.js";
import { negotiate, normalizeTag } from "../../i18n/negotiate.js";
import type { AppEnv } from "./app-env.js";

/** More than anyone sends; a longer header is cut, so a hostile one costs nothing. */
const maxAcceptedLanguages = 12;

/**
 * The tags of an `Accept-Language` header in the reader's order of preference (`q` weights,
 * highest first; equal weights keep their order). `*` and tags refused (`q=0`) are left out.
 */
export function acceptedLanguages(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, maxAcceptedLanguages)
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const weight = parameters
        .map((parameter) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(parameter)?.[1])
        .find((value) => value !== undefined);
      return { tag: tag.trim(), q: weight === undefined ? 1 : Number(weight), index };
    })
    .filter(({ tag, q }) => tag !== "" && tag !== "*" && Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map(({ tag }) => tag);
}

/**
 * The one negotiation rule for a page the worker writes: `?lang=` (a link shared in a language),
 * then the browser's languages, then the organisation's default, each through its BCP 47 chain.
 */
export function pageLanguage(
  query: string | undefined,
  acceptLanguage: string | undefined,
  organisationDefault: string,
): Negotiated {
  return negotiate(
    [query, ...acceptedLanguages(acceptLanguage), organisationDefault],
    publicLanguages,
  );
}

export interface ReaderLanguage {
  /** A language Hearth speaks: the page's own words and `<html lang>`. */
  locale: string;
  /** `?lang=` as a well-formed tag, for a widget's `lang`; null when none (or not a tag). */
  requested: string | null;
}

/** `pageLanguage` for a request, keeping the asked tag for a widget on the page (the embeds). */
export function readerLanguage(c: Context<AppEnv>, organisationDefault: string): ReaderLanguage {
  const requested = normalizeTag(c.req.query("lang"));
  const { locale } = pageLanguage(
    requested ?? undefined,
    c.req.header("Accept-Language"),
    organisationDefault,
  );
  return { locale, requested };
}
