import type { Context } from "hono";
import { recordIdPattern } from "../../schema/rules/record-id.js";
import type { AppEnv } from "../http/app-env.js";
import { loadMessageCatalogues, localize } from "../messages/localize.js";
import { setWidgetPageHeaders } from "./embed-headers.js";
import { findEmbedTarget } from "./embed-queries.js";
import { listPageStyle, renderListPage } from "./list-page.js";
import { notFoundPage } from "./not-found-page.js";
import { oembedDiscoveryLink } from "./oembed-markup.js";
import { readerLanguage } from "../http/reader-language.js";
import { embedTheme, themeCss } from "./theme-params.js";

/**
 * `GET /:org/events`: the organisation's events on Hearth, the address people share and paste
 * into a CMS (README "Embedding without a script tag"). Needs `useDatabase` before it.
 */
export async function eventListPage(c: Context<AppEnv>) {
  const slug = c.req.param("org") ?? "";
  const target = recordIdPattern.test(slug) ? await findEmbedTarget(c.var.db, slug, null) : null;
  if (!target) return notFoundPage(c);
  const { organisation } = target;
  await loadMessageCatalogues();
  const { locale, requested } = readerLanguage(c, organisation.defaultLocale);
  const l = localize(locale, organisation.defaultLocale);
  const title = l.t("embedEventsTitle", { organisation: organisation.name });
  const theme = themeCss(embedTheme(organisation.theme, () => undefined));
  const pageUrl = new URL(`/${organisation.slug}/events`, c.req.url);
  if (requested) pageUrl.searchParams.set("lang", requested);
  const html = renderListPage({
    lang: l.locale,
    dir: l.dir,
    title,
    widget: {
      tag: "hearth-events",
      attributes: { org: organisation.slug, ...(requested ? { lang: requested } : {}) },
    },
    themeCss: theme,
    noScript: l.t("embedNoScript"),
    discoveryLink: oembedDiscoveryLink(pageUrl.href, title),
  });
  await setWidgetPageHeaders(c, {
    style: listPageStyle(theme),
    inlineScripts: [],
    ancestors: "'none'",
  });
  return c.html(html, 200);
}
