import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../http/app-env.js";
import { setPageHeaders } from "../http/security-headers.js";
import { renderMessagePage } from "./confirmation-html.js";
import { eventPagePath } from "../../schema/rules/event-links.js";
import type { MissingEventPage } from "./load-event-page.js";
import { pageStyle } from "./page-style.js";
import type { PageWords } from "./page-words.js";
import { signupPageUrl } from "../organisations/signup-sites.js";
import { widgetDirectives } from "./signup-widget-html.js";

/**
 * A page of ours: no script (`runsWidget`: the sign-up widget's, from our own origin), its one
 * style by hash, never framed, never stored (a form carries a token of its own). `sendsForm`: the
 * page posts its form to itself, and the sign-up checks the website a write comes from — so the
 * browser must send its `Origin`, which `no-referrer` would turn into `null`; `same-origin` keeps
 * the address from every other site all the same. The widget's own sign-up, a same-origin `fetch`,
 * needs that `Origin` as much.
 */
export async function sendPage(
  c: Context<AppEnv>,
  html: string,
  status: ContentfulStatusCode,
  options: { words: PageWords; sendsForm?: boolean; runsWidget?: boolean },
): Promise<Response> {
  await setPageHeaders(c, [pageStyle], options.runsWidget ? widgetDirectives : []);
  if (options.sendsForm) c.header("Referrer-Policy", "same-origin");
  c.header("Content-Language", options.words.locale);
  c.header("Vary", "Accept-Language");
  return c.html(html, status);
}

/** 404, as a page in the reader's language, with the organisation's events when it exists. */
export function sendNotFound(c: Context<AppEnv>, missing: MissingEventPage): Promise<Response> {
  const { words, organisationSlug } = missing;
  const origin = new URL(c.req.url).origin;
  const html = renderMessagePage(words, {
    title: words.t("errorNotFound"),
    link: organisationSlug
      ? { href: signupPageUrl(origin, organisationSlug), text: words.t("back") }
      : undefined,
  });
  return sendPage(c, html, 404, { words });
}

/** The confirmation's address: the event's page, then the receipt. */
export const confirmationPath = (organisationSlug: string, eventId: string, receipt: string) =>
  `${eventPagePath(organisationSlug, eventId)}/signed-up?receipt=${encodeURIComponent(receipt)}`;
