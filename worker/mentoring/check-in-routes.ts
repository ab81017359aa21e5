import type { Context } from "hono";
import { Hono } from "hono";
import { sendLinkPage } from "../notifications/send-link-page.js";
import { resolveText } from "../../i18n/content.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { hasForbiddenCharacters } from "../../schema/contracts/text-rules.js";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { isOverLimit, retryAfterSeconds } from "../http/rate-limit.js";
import { renderLinkPage } from "../messages/link-page.js";
import { loadMessageCatalogues, localize } from "../messages/localize.js";
import type { FeedbackProblem } from "../messages/feedback-page.js";
import { renderFeedbackForm, renderFeedbackResult } from "../messages/feedback-page.js";
import { acceptedLanguages } from "../http/reader-language.js";
import { checkCheckInLink } from "./check-in-link.js";
import { findCheckInTarget, saveCheckIn } from "./check-in-queries.js";

/**
 * The mid-season check-in's page (`/r/mentoring-check-in/<person>/<pair>/<expires>/<signature>`):
 * the same five faces and comment as after a visit, one answer per person and pair. A link that
 * was tampered with, ran out, or belongs to a pair that is over answers a plain page.
 */
async function checkIn(c: Context<AppEnv>, act: boolean) {
  const params = {
    personId: c.req.param("personId") ?? "",
    pairId: c.req.param("pairId") ?? "",
    expiresAt: c.req.param("expiresAt") ?? "",
    signature: c.req.param("signature") ?? "",
  };
  const now = Date.now();
  await loadMessageCatalogues();
  const check = await checkCheckInLink(c.env.MANAGE_TOKEN_SECRET, params, now);
  const target =
    check === "invalid" ? null : await findCheckInTarget(c.var.db, params.personId, params.pairId);
  const locale = target?.locale ?? acceptedLanguages(c.req.header("Accept-Language"))[0] ?? "en";
  const fallback = target?.defaultLocale ?? "en";
  if (!target) return sendLinkPage(c, renderLinkPage("invalid", locale, fallback, {}), 404);
  if (check === "expired")
    return sendLinkPage(c, renderLinkPage("expired", locale, fallback, {}), 410);
  if (target.answered)
    return sendLinkPage(c, renderFeedbackResult("already", locale, fallback), 200);
  if (act && (await isOverLimit(c, "LINK_RATE_LIMIT", { organisation: target.organisationId }))) {
    c.header("Retry-After", String(retryAfterSeconds));
    return sendLinkPage(
      c,
      renderLinkPage("rate_limited", locale, fallback, {
        retryAfterMinutes: retryAfterSeconds / 60,
      }),
      429,
    );
  }
  const season = resolveText(JSON.parse(target.seasonName) as LocaleText, locale, fallback).text;
  const words = localize(locale, fallback);
  const title = words.t("mentoringCheckInTitle", { partner: target.partnerName });
  const form = (status: 200 | 400, problem?: FeedbackProblem, comment = "", hours = "") =>
    sendLinkPage(
      c,
      renderFeedbackForm(locale, fallback, {
        eventTitle: season,
        heading: title,
        intro: words.t("mentoringCheckInFormIntro", { partner: target.partnerName }),
        formAction: c.req.path,
        problem,
        comment,
        asksHours: true,
        hours,
      }),
      status,
    );
  if (!act) return form(200);
  const body = await c.req.parseBody();
  const score = Number(body.score);
  const comment = typeof body.comment === "string" ? body.comment.trim().slice(0, 1000) : "";
  const hoursText = typeof body.hours === "string" ? body.hours.trim().slice(0, 10) : "";
  const hoursMet = hoursText === "" ? null : Number(hoursText);
  if (hasForbiddenCharacters(comment, "multi-line")) return form(400, "bad_comment", "", hoursText);
  if (!Number.isInteger(score) || score < 1 || score > 5)
    return form(400, "missing_score", comment, hoursText);
  if (hoursMet !== null && !(Number.isInteger(hoursMet) && hoursMet >= 0 && hoursMet <= 500))
    return form(400, "bad_hours", comment, hoursText);
  const saved = await saveCheckIn(c.var.db, {
    pairId: params.pairId,
    personId: params.personId,
    score,
    comment: comment || null,
    hoursMet,
    now,
  });
  return sendLinkPage(
    c,
    renderFeedbackResult(saved.meta.changes ? "thanks" : "already", locale, fallback),
    200,
  );
}

const checkInPath = "/:personId/:pairId/:expiresAt/:signature";

export const checkInRoutes = new Hono<AppEnv>()
  .use(useDatabase)
  .get(checkInPath, (c) => checkIn(c, false))
  .post(checkInPath, (c) => checkIn(c, true));
