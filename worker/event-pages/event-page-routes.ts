import { Hono } from "hono";
import { normalizeTag } from "../../i18n/negotiate.js";
import { organisationSlugPattern } from "../../schema/rules/organisation-slug.js";
import { recordIdPattern } from "../../schema/rules/record-id.js";
import { eventPagePath, shortLinkPath } from "../../schema/rules/event-links.js";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { findShortLinkTarget } from "./event-page-queries.js";
import { issueFormToken } from "./form-token.js";
import { emptyFormValues } from "./form-values.js";
import { loadEventPage, readerWords } from "./load-event-page.js";
import { sendNotFound } from "./page-response.js";
import { qrSvg } from "./qr-svg.js";
import { showConfirmation } from "./show-confirmation.js";
import { sendEventPage, submitSignup } from "./submit-signup.js";

const page = "/:org/events/:id";

/** A QR code's text never changes for its event; an hour keeps a reprint fresh all the same. */
const qrCache = "public, max-age=3600";

/**
 * Every event's own page (`/<organisation>/events/<event>`), server-rendered in the reader's
 * language and usable with JavaScript off; its confirmation after a sign-up; a QR code of its
 * short link; and the short link itself (`/e/<code>`), for text messages and posters.
 */
export const eventPageRoutes = new Hono<AppEnv>()
  .get(page, useDatabase, async (c) => {
    const now = Date.now();
    const loaded = await loadEventPage(c, now);
    if (!("event" in loaded)) return sendNotFound(c, loaded);
    const form = {
      values: emptyFormValues(),
      problems: { fields: {} },
      token: await issueFormToken(c.env.MANAGE_TOKEN_SECRET, now),
    };
    return sendEventPage(c, loaded, form, 200, now);
  })
  .post(page, useDatabase, submitSignup)
  .get(`${page}/signed-up`, useDatabase, showConfirmation)
  .get(`${page}/qr.svg`, useDatabase, async (c) => {
    const slug = c.req.param("org");
    const eventId = c.req.param("id");
    const found =
      organisationSlugPattern.test(slug) && recordIdPattern.test(eventId)
        ? await findShortLinkTarget(c.var.db, eventId)
        : null;
    if (!found || found.organisationSlug !== slug || found.eventId !== eventId) {
      return sendNotFound(c, { words: (await readerWords(c, "en")).words, organisationSlug: null });
    }
    c.header("Content-Security-Policy", "default-src 'none'");
    c.header("Cache-Control", qrCache);
    return c.body(qrSvg(`${new URL(c.req.url).origin}${shortLinkPath(eventId)}`), 200, {
      "Content-Type": "image/svg+xml",
    });
  })
  .get("/e/:code", useDatabase, async (c) => {
    const code = c.req.param("code");
    const found = recordIdPattern.test(code) ? await findShortLinkTarget(c.var.db, code) : null;
    if (!found) {
      return sendNotFound(c, { words: (await readerWords(c, "en")).words, organisationSlug: null });
    }
    const lang = normalizeTag(c.req.query("lang"));
    const target = eventPagePath(found.organisationSlug, found.eventId);
    // Permanent: an event never moves to another organisation, and ids are never reused.
    c.header("Cache-Control", "public, max-age=86400");
    return c.redirect(lang ? `${target}?lang=${encodeURIComponent(lang)}` : target, 301);
  });
