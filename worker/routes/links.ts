import type { Context } from "hono";
import { Hono } from "hono";
import { resolveLocaleText } from "../../schema/contracts/locale-text.js";
import { cancelRegistration } from "../booking/cancel-registration.js";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { deriveManageToken, manageUrl } from "../lib/manage-token.js";
import type { LinkOutcome } from "../messages/link-page.js";
import { renderLinkPage, renderLinkQuestion } from "../messages/link-page.js";
import { deliverAfterWrites } from "../notifications/deliver-after-writes.js";
import { checkSignedLink } from "../notifications/signed-links.js";
import { firstRow } from "../queries/first-row.js";

const linkPath = "/:action/:registrationId/:expiresAt/:signature";

/** The page carries one inline style block and a form posting back here; nothing else. */
const contentSecurityPolicy =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

interface LinkTarget {
  id: string;
  slotId: string;
  status: string;
  attendanceConfirmedAt: number | null;
  locale: string;
  defaultLocale: string;
  title: string;
}

function findTarget(db: D1Database, registrationId: string) {
  return firstRow<LinkTarget>(
    db
      .prepare(
        `SELECT r.id, r.slot_id AS slotId, r.status, r.attendance_confirmed_at AS attendanceConfirmedAt,
                r.locale, o.default_locale AS defaultLocale, e.title
           FROM registrations r JOIN events e ON e.id = r.event_id
           JOIN organisations o ON o.id = r.organisation_id
          WHERE r.id = ?1`,
      )
      .bind(registrationId),
  );
}

function page(c: Context<AppEnv>, html: string, status: 200 | 400 | 404 | 410) {
  c.header("Content-Security-Policy", contentSecurityPolicy);
  c.header("Cache-Control", "no-store");
  c.header("Referrer-Policy", "no-referrer");
  c.header("X-Content-Type-Options", "nosniff");
  return c.html(html, status);
}

/**
 * A reminder's Confirm and Cancel links. Opening one asks; the button acts. Tampered, expired
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
  const check = await checkSignedLink(c.env.MANAGE_TOKEN_SECRET, params, now);
  const target = check === "invalid" ? null : await findTarget(c.var.db, params.registrationId);
  const locale = target?.locale ?? c.req.header("Accept-Language")?.split(/[,;-]/)[0] ?? "en";
  const fallback = target?.defaultLocale ?? "en";
  if (!target)
    return page(
      c,
      renderLinkPage("invalid", locale, fallback, {}),
      check === "invalid" ? 400 : 404,
    );

  const eventTitle = resolveLocaleText(
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
    page(c, renderLinkPage(outcome, locale, fallback, { eventTitle, manageUrl: manage }), status);

  if (check === "expired") return show("expired", 410);
  const action = params.action as "confirm" | "cancel";
  const used =
    action === "cancel"
      ? target.status === "cancelled"
      : target.attendanceConfirmedAt !== null || target.status !== "confirmed";
  if (used) return show("already_used");
  if (!act) {
    return page(
      c,
      renderLinkQuestion(action, locale, fallback, { eventTitle, formAction: c.req.path }),
      200,
    );
  }
  if (action === "cancel") {
    const cancelled = await cancelRegistration(c.var.db, target.id, target.slotId, now, {
      by: "person",
    });
    c.set("messagesQueued", cancelled);
    return show(cancelled ? "cancelled" : "already_used");
  }
  const result = await c.var.db
    .prepare(
      `UPDATE registrations SET attendance_confirmed_at = ?2, updated_at = ?2
        WHERE id = ?1 AND status = 'confirmed' AND attendance_confirmed_at IS NULL`,
    )
    .bind(target.id, now)
    .run();
  return show((result.meta.changes ?? 0) > 0 ? "confirmed" : "already_used");
}

export const linkRoutes = new Hono<AppEnv>()
  .use(useDatabase, deliverAfterWrites)
  .get(linkPath, (c) => followLink(c, false))
  .post(linkPath, (c) => followLink(c, true));
