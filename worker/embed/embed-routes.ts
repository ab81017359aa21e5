import type { Context } from "hono";
import { Hono } from "hono";
import * as v from "valibot";
import { resolveText } from "../../i18n/content.js";
import { eventListQuerySchema } from "../../schema/contracts/events.js";
import { mentoringRoles } from "../../schema/contracts/mentoring.js";
import { recordIdPattern } from "../../schema/rules/record-id.js";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { loadMessageCatalogues, localize } from "../messages/localize.js";
import { signupPageUrl } from "../organisations/signup-sites.js";
import { frameAncestors, setWidgetPageHeaders } from "./embed-headers.js";
import { embedPageStyle, renderEmbedPage } from "./embed-page.js";
import type { EmbeddableWidget, WidgetFilter } from "./embed-widgets.js";
import { embeddableWidgets } from "./embed-widgets.js";
import type { EmbedTarget } from "./embed-queries.js";
import { findEmbedTarget, findSeasonEmbedTarget } from "./embed-queries.js";
import { framePageScript, hostSnippet } from "./frame-scripts.js";
import { notFoundPage } from "./not-found-page.js";
import { readerLanguage } from "../http/reader-language.js";
import { embedTheme, themeCss } from "./theme-params.js";

/** Each filter's rule, as the events list's API checks the same query parameter. */
const filterSchemas: Record<WidgetFilter, v.GenericSchema<string, string>> = {
  kind: eventListQuerySchema.entries.kind.wrapped,
  region: v.pipe(eventListQuerySchema.entries.region.wrapped, v.trim(), v.nonEmpty()),
  as: v.picklist(mentoringRoles),
};

/** The filters the address asks for that pass their rule; the others are left out. */
function widgetFilters(c: Context<AppEnv>, widget: EmbeddableWidget): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of widget.filters) {
    const checked = v.safeParse(filterSchemas[name], c.req.query(name));
    if (checked.success) filters[name] = checked.output;
  }
  return filters;
}

/** The organisation and event the path names, or null when it names nothing Hearth shows here. */
async function targetInPath(
  c: Context<AppEnv>,
  widget: EmbeddableWidget,
): Promise<EmbedTarget | null> {
  const slug = c.req.param("org") ?? "";
  const eventId = widget.eventAttribute ? (c.req.param("eventId") ?? "") : null;
  const seasonId = widget.season ? (c.req.param("seasonId") ?? "") : null;
  // Nothing that cannot be a slug or an id reaches D1.
  const ids = [slug, eventId, seasonId].filter((id) => id !== null);
  if (!ids.every((id) => recordIdPattern.test(id))) return null;
  if (seasonId !== null) {
    const target = await findSeasonEmbedTarget(c.var.db, slug, seasonId);
    return target?.season ? target : null;
  }
  const target = await findEmbedTarget(c.var.db, slug, eventId);
  if (!target || eventId === null) return target;
  const { event } = target;
  return event && (!widget.eventKind || event.kind === widget.eventKind) ? target : null;
}

async function embedPage(c: Context<AppEnv>, widget: EmbeddableWidget) {
  const target = await targetInPath(c, widget);
  if (!target) return notFoundPage(c);
  const { organisation, event, season } = target;
  await loadMessageCatalogues();
  const { locale, requested } = readerLanguage(c, organisation.defaultLocale);
  const l = localize(locale, organisation.defaultLocale);
  // A season's name stands where an event's title would (the frame's title names it).
  const named = event?.title ?? season?.name;
  const eventTitle = named
    ? resolveText(named, requested ?? l.locale, organisation.defaultLocale).text
    : "";
  const names = { organisation: organisation.name, event: eventTitle };
  const theme = themeCss(embedTheme(organisation.theme, (name) => c.req.query(name)));
  const origin = new URL(c.req.url).origin;
  const html = renderEmbedPage({
    lang: l.locale,
    dir: l.dir,
    title: widget.title ? l.t(widget.title, names) : eventTitle,
    widget: {
      tag: widget.tag,
      attributes: {
        org: organisation.slug,
        ...(event && widget.eventAttribute ? { [widget.eventAttribute]: event.id } : {}),
        ...(season ? { season: season.id } : {}),
        ...widgetFilters(c, widget),
        ...(requested ? { lang: requested } : {}),
      },
    },
    themeCss: theme,
    direct: {
      heading: l.t("embedDirectHeading"),
      body: l.t(
        organisation.allowedOrigins.length > 0 ? "embedDirectBody" : "embedDirectNoWebsites",
        names,
      ),
      websites: organisation.allowedOrigins,
      hearthPage: {
        text: l.t("embedDirectHearthPage", names),
        href: signupPageUrl(origin, organisation.slug),
      },
      organisers: l.t("embedDirectOrganisers"),
      dashboard: { text: l.t("embedDirectDashboard"), href: `${origin}/admin/` },
    },
  });
  await setWidgetPageHeaders(c, {
    style: embedPageStyle(theme),
    inlineScripts: [framePageScript],
    ancestors: frameAncestors(organisation.allowedOrigins),
  });
  return c.html(html, 200);
}

/**
 * `/embed/...`: a page per widget for websites that allow iframes but not scripts, framed only by
 * the organisation's allowed websites; and `/embed/frame.js`, the host's optional height snippet.
 */
export const embedRoutes = new Hono<AppEnv>().use(useDatabase).get("/frame.js", (c) => {
  c.header("Content-Type", "text/javascript; charset=utf-8");
  c.header("Cache-Control", "public, max-age=3600");
  c.header("Access-Control-Allow-Origin", "*");
  return c.body(hostSnippet(new URL(c.req.url).origin), 200);
});

for (const widget of embeddableWidgets) {
  embedRoutes.get(`/:org/${widget.path}`, (c) => embedPage(c, widget));
}
// Any other address under /embed/ is a page too: a frame shows a page, not the API's JSON.
embedRoutes.get("*", (c) => notFoundPage(c));
