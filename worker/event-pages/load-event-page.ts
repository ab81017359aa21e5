import type { Context } from "hono";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { organisationSlugPattern } from "../../schema/rules/organisation-slug.js";
import { recordIdPattern } from "../../schema/rules/record-id.js";
import { eventPagePath } from "../../schema/rules/event-links.js";
import type { Negotiated } from "../../i18n/negotiate.js";
import { findPublicEvent } from "../events/event-queries.js";
import { toPublicEvent } from "../events/public-event.js";
import type { AppEnv } from "../http/app-env.js";
import type { PageLinks } from "./page-head.js";
import { loadPageWords, pageWords, type PageWords } from "./page-words.js";
import { pageLanguage } from "../http/reader-language.js";

export function pageLinks(origin: string, path: string, locale: string): PageLinks {
  const pageUrl = `${origin}${path}`;
  const urlIn = (code: string) => `${pageUrl}?lang=${encodeURIComponent(code)}`;
  return { pageUrl, canonicalUrl: urlIn(locale), urlIn };
}

export interface LoadedEventPage {
  organisation: { id: string; slug: string; name: string; defaultLocale: string };
  event: PublicEvent;
  language: Negotiated;
  words: PageWords;
  links: PageLinks;
  origin: string;
}

/** Not found: the words to say so in, in the organisation's language when it exists. */
export interface MissingEventPage {
  words: PageWords;
  /** The organisation's page on Hearth, when the organisation exists. */
  organisationSlug: string | null;
}

/** The reader's language for a page of an organisation whose default is `defaultLocale`. */
export async function readerWords(c: Context<AppEnv>, defaultLocale: string) {
  await loadPageWords();
  const language = pageLanguage(
    c.req.query("lang"),
    c.req.header("Accept-Language"),
    defaultLocale,
  );
  return { language, words: pageWords(language.locale) };
}

/**
 * The organisation and its published (or cancelled) event in one D1 round trip, with the texts
 * in the reader's language. Drafts, unknown organisations and malformed addresses are missing
 * (the last without asking D1).
 */
export async function loadEventPage(
  c: Context<AppEnv>,
  now: number,
): Promise<LoadedEventPage | MissingEventPage> {
  const slug = c.req.param("org") ?? "";
  const eventId = c.req.param("id") ?? "";
  const wellFormed = organisationSlugPattern.test(slug) && recordIdPattern.test(eventId);
  const found = wellFormed ? await findPublicEvent(c.var.db, slug, eventId) : null;
  const { language, words } = await readerWords(c, found?.defaultLocale ?? "en");
  const stored = found?.events[0];
  if (!found || !stored) return { words, organisationSlug: found?.slug ?? null };
  const origin = new URL(c.req.url).origin;
  const event = toPublicEvent(stored, {
    locale: language.requested,
    fallbackLocale: found.defaultLocale,
    now,
    origin,
    organisationSlug: found.slug,
    retentionDays: found.retentionDays,
    requestedLocale: words.locale,
  });
  return {
    organisation: {
      id: found.id,
      slug: found.slug,
      name: found.name,
      defaultLocale: found.defaultLocale,
    },
    event,
    language,
    words,
    links: pageLinks(origin, eventPagePath(found.slug, event.id), words.locale),
    origin,
  };
}
