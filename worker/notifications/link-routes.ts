import type { Context } from "hono";
import { acceptedLanguages } from "../http/reader-language.js";
import { Hono } from "hono";
import { sendLinkPage } from "./send-link-page.js";
import { resolveText } from "../../i18n/content.js";
import { loadMessageCatalogues } from "../messages/localize.js";
import { cancelRegistration } from "../booking/cancel-registration.js";
import { acceptOffer } from "../booking/waitlist-offer.js";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { isOverLimit, linkTarget, retryAfterSeconds } from "../http/rate-limit.js";
import { hasForbiddenCharacters } from "../../schema/contracts/text-rules.js";
import { deriveManageToken, manageUrl } from "../registrations/manage-token.js";
import type { LinkOutcome } from "../messages/link-page.js";
import { renderLinkPage, renderLinkQuestion } from "../messages/link-page.js";
import { deliverAfterWrites } from "./deliver-after-writes.js";
import { checkSignedLink } from "./signed-links.js";
import type { LinkTarget } from "./link-target-queries.js";
import { confirmAttendance, findLinkTarget, hasAnsweredFeedback } from "./link-target-queries.js";
import { insertFeedback } from "../visits/visit-feedback-queries.js";
import { newId } from "../lib/crypto.js";
import { renderFeedbackForm, renderFeedbackResult } from "../messages/feedback-page.js";

const linkPath = "/:action/:registrationId/:expiresAt/:signature";

/**
 * A reminder's Confirm and Cancel links, and an offer's Accept and Decline links. Opening one
 * asks; the button acts. Tampered, expired
 * and already used links get a plain page in the person's language, never an error dump.
 */
async function followLink(c: Context<AppEnv>, act: boolean) {
  const params = {
    action: c.req.param("action") ?? "",
    registrationId: c.req.param("registrationId") ?? "",
    expiresAt: c.req.param("expiresAt") ?? "",
    signature: c.req.param("signature") ?? "",
  };
  const now = Date.now();
  await loadMessageCatalogues();
  const check = await checkSignedLink(c.env.MANAGE_TOKEN_SECRET, params, now);
  const target = check === "invalid" ? null : await findLinkTarget(c.var.db, params.registrationId);
  const locale = target?.locale ?? acceptedLanguages(c.req.header("Accept-Language"))[0] ?? "en";
  const fallback = target?.defaultLocale ?? "en";
  // Anti-automation on the buttons (the posts), answered with a page: a person opened this from an email.
  if (act && (await isOverLimit(c, "LINK_RATE_LIMIT", await linkTarget(c)))) {
    c.header("Retry-After", String(retryAfterSeconds));
    return sendLinkPage(
      c,
      renderLinkPage("rate_limited", locale, fallback, {
        retryAfterMinutes: retryAfterSeconds / 60,
      }),
      429,
    );
  }
  if (!target)
    return sendLinkPage(
      c,
      renderLinkPage("invalid", locale, fallback, {}),
      check === "invalid" ? 400 : 404,
    );

  const eventTitle = resolveText(
    JSON.parse(target.title) as Record<string, string>,
    locale,
    fallback,
  ).text;
  const manage = manageUrl(
    new URL(c.req.url).origin,
    target.id,
    await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, target.id),
  );
  const show = (outcome: LinkOutcome, status: 200 | 410 = 200) =>
    sendLinkPage(
      c,
      renderLinkPage(outcome, locale, fallback, { eventTitle, manageUrl: manage }),
      status,
    );

  if (check === "expired") return show("expired", 410);
  if (params.action === "feedback")
    return feedback(c, target, { locale, fallback, eventTitle }, act);
  const action = params.action as "confirm" | "cancel" | "accept" | "decline";
  if (action === "accept" || action === "decline") {
    // An offer's links expire with it; once answered (or passed on) they only say so.
    if (target.status !== "offered") {
      return show(target.status === "confirmed" && action === "accept" ? "accepted" : "offer_gone");
    }
  } else {
    const used =
      action === "cancel"
        ? target.status === "cancelled"
        : target.attendanceConfirmedAt !== null || target.status !== "confirmed";
    if (used) return show("already_used");
  }
  if (!act) {
    return sendLinkPage(
      c,
      renderLinkQuestion(action, locale, fallback, { eventTitle, formAction: c.req.path }),
      200,
    );
  }
  if (action === "accept") {
    const accepted = await acceptOffer(c.var.db, target.id, target.slotId, now);
    c.set("messagesQueued", accepted);
    return show(accepted ? "accepted" : "offer_gone");
  }
  if (action === "decline") {
    const declined = await cancelRegistration(c.var.db, target.id, target.slotId, now, {
      by: "person",
    });
    c.set("messagesQueued", declined);
    return show(declined ? "declined" : "offer_gone");
  }
  if (action === "cancel") {
    const cancelled = await cancelRegistration(c.var.db, target.id, target.slotId, now, {
      by: "person",
    });
    c.set("messagesQueued", cancelled);
    return show(cancelled ? "cancelled" : "already_used");
  }
  const confirmed = await confirmAttendance(c.var.db, target.id, now);
  return show(confirmed ? "confirmed" : "already_used");
}

/** The feedback form after a visit: one answer per sign-up, a face from 1 to 5 and a comment. */
async function feedback(
  c: Context<AppEnv>,
  target: LinkTarget,
  words: { locale: string; fallback: string; eventTitle: string },
  act: boolean,
) {
  if (await hasAnsweredFeedback(c.var.db, target.id))
    return sendLinkPage(c, renderFeedbackResult("already", words.locale, words.fallback), 200);
  const form = (status: 200 | 400, problem?: "missing_score" | "bad_comment", comment = "") =>
    sendLinkPage(
      c,
      renderFeedbackForm(words.locale, words.fallback, {
        eventTitle: words.eventTitle,
        formAction: c.req.path,
        problem,
        comment,
      }),
      status,
    );
  if (!act) return form(200);
  const body = await c.req.parseBody();
  const score = Number(body.score);
  const comment = typeof body.comment === "string" ? body.comment.trim().slice(0, 1000) : "";
  // The comment follows the text rules of every multi-line field: no controls, no half characters.
  if (hasForbiddenCharacters(comment, "multi-line")) return form(400, "bad_comment");
  if (!Number.isInteger(score) || score < 1 || score > 5) {
    return form(400, "missing_score", comment);
  }
  const saved = await insertFeedback(c.var.db, {
    id: newId("fbk"),
    registrationId: target.id,
    score,
    comment: comment || null,
    now: Date.now(),
  });
  return sendLinkPage(
    c,
    renderFeedbackResult(saved ? "thanks" : "already", words.locale, words.fallback),
    200,
  );
}

export const linkRoutes = new Hono<AppEnv>()
  .use(useDatabase, deliverAfterWrites)
  .get(linkPath, (c) => followLink(c, false))
  .post(linkPath, (c) => followLink(c, true));
