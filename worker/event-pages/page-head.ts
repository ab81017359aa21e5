import { publicLanguages } from "../../i18n/languages.js";
import { escapeHtml } from "../messages/html.js";
import { jsonForScript } from "./event-json-ld.js";

export interface PageLinks {
  /** The page without a language: where a search engine and a shared link point. */
  pageUrl: string;
  /** The page in its language (`?lang=`), its canonical address. */
  canonicalUrl: string;
  /** The page in another language. */
  urlIn(locale: string): string;
}

export interface HeadContent {
  links: PageLinks;
  title: string;
  description: string;
  siteName: string;
  locale: string;
  jsonLd: unknown;
}

/** Open Graph wants `ll_CC`: the language with its likeliest region (`ar` → `ar_EG`). */
export function openGraphLocale(locale: string): string {
  try {
    const full = new Intl.Locale(locale).maximize();
    return full.region ? `${full.language}_${full.region}` : full.language;
  } catch {
    return locale;
  }
}

const meta = (attribute: "name" | "property", key: string, content: string) =>
  `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`;

/**
 * What a search engine and a chat app read: the canonical address and the page in every
 * language, a description, Open Graph and Twitter cards (title, date and place in the
 * description), and schema.org JSON-LD. `extra` comes last (an oEmbed discovery link).
 */
export function headTags(head: HeadContent, extra: readonly string[] = []): string[] {
  const { links } = head;
  return [
    meta("name", "description", head.description),
    `<link rel="canonical" href="${escapeHtml(links.canonicalUrl)}">`,
    ...publicLanguages.map(
      (code) => `<link rel="alternate" hreflang="${code}" href="${escapeHtml(links.urlIn(code))}">`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(links.pageUrl)}">`,
    meta("property", "og:type", "website"),
    meta("property", "og:title", head.title),
    meta("property", "og:description", head.description),
    meta("property", "og:url", links.canonicalUrl),
    meta("property", "og:locale", openGraphLocale(head.locale)),
    meta("property", "og:site_name", head.siteName),
    meta("name", "twitter:card", "summary"),
    meta("name", "twitter:title", head.title),
    meta("name", "twitter:description", head.description),
    `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`,
    ...extra,
  ];
}
