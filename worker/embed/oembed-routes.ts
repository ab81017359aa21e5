import { Hono } from "hono";
import { resolveText } from "../../i18n/content.js";
import type { OembedResponse } from "../../schema/contracts/oembed.js";
import { oembedQuerySchema } from "../../schema/contracts/oembed.js";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { ApiError } from "../http/errors.js";
import { validate } from "../http/validate.js";
import { loadMessageCatalogues, localize } from "../messages/localize.js";
import type { EmbedTarget } from "./embed-queries.js";
import { findEmbedTarget, findEventTarget } from "./embed-queries.js";
import { eventWidget, listWidget } from "./embed-widgets.js";
import { iframeMarkup } from "./oembed-markup.js";
import type { PageTarget } from "./oembed-target.js";
import { hearthOrigins, pageTarget } from "./oembed-target.js";

/** The width an answer states when the consumer gave none (its iframe fills the column). */
const defaultWidth = 640;
/** How long a consumer may keep an answer: the frame's address never changes, its title may. */
const cacheAgeSeconds = 3600;

const notHearths = () =>
  new ApiError(
    404,
    "not_found",
    "This address is not a Hearth events page or event page, or its event is not public.",
  );

async function findTarget(db: D1Database, target: PageTarget): Promise<EmbedTarget | null> {
  if (target.page === "short") return findEventTarget(db, target.code);
  return findEmbedTarget(db, target.org, target.page === "event" ? target.eventId : null);
}

/**
 * `GET /oembed?url=…`: for a Hearth events page (`/:org/events`) or event page
 * (`/:org/events/:id`, `/e/:code`), the iframe of its embed, so a CMS that finds the page's
 * discovery link embeds it from the address alone. Not Hearth's, unknown or a draft: 404.
 */
export const oembedRoutes = new Hono<AppEnv>()
  .use(useDatabase)
  .get("/", validate("query", oembedQuerySchema), async (c) => {
    const query = c.req.valid("query");
    if (query.format !== undefined && query.format !== "json") {
      throw new ApiError(501, "not_implemented", "Only format=json is answered.");
    }
    const target = pageTarget(query.url, hearthOrigins(c.req.url, c.env.HEARTH_PUBLIC_URL));
    const found = target && (await findTarget(c.var.db, target));
    if (!target || !found || (target.page !== "list" && !found.event)) throw notHearths();
    const { organisation, event } = found;

    await loadMessageCatalogues();
    const language = target.lang ?? organisation.defaultLocale;
    const l = localize(language, organisation.defaultLocale);
    const title = event
      ? resolveText(event.title, language, organisation.defaultLocale).text
      : l.t("embedEventsTitle", { organisation: organisation.name });
    const widget = event ? eventWidget : listWidget;
    const src = new URL(
      `/embed/${organisation.slug}/${event ? `events/${event.id}` : "events"}`,
      query.url,
    );
    if (target.lang) src.searchParams.set("lang", target.lang);
    const height = Math.min(widget.height, query.maxheight ?? widget.height);

    const body: OembedResponse = {
      version: "1.0",
      type: "rich",
      provider_name: "Hearth",
      provider_url: new URL(query.url).origin,
      title,
      author_name: organisation.name,
      html: iframeMarkup({ src: src.href, title, width: query.maxwidth ?? "100%", height }),
      width: query.maxwidth ?? defaultWidth,
      height,
      cache_age: cacheAgeSeconds,
    };
    c.header("Cache-Control", `public, max-age=${cacheAgeSeconds}`);
    c.header("Access-Control-Allow-Origin", "*");
    return c.json(body, 200);
  });
