import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { isWebOrigin } from "../../schema/contracts/admin/settings.js";
import { findOrganisationBySlug } from "../organisations/organisation-queries.js";
import { recordRefusedOrigin } from "../organisations/refused-origin-queries.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";
import { inBackground } from "./in-background.js";
import { organisationSlug, unknownOrganisation } from "../organisations/load-organisation.js";

const allowedHeaders = "Content-Type, Authorization, Idempotency-Key";
const preflightMaxAgeSeconds = "600";

function isReadMethod(method: string | undefined): boolean {
  return method === "GET" || method === "HEAD";
}

/** The worker's own pages (demo, manage page) may always write; otherwise only listed origins. */
function isAllowedOrigin(c: Context<AppEnv>, origin: string, allowed: readonly string[]): boolean {
  if (origin === "null") return false;
  return origin === new URL(c.req.url).origin || allowed.includes(origin);
}

/**
 * Refuses a write whose `Origin` is not allowed (403), since CORS alone only binds browsers, and
 * marks an allowed one for the browser. No credentials are ever allowed.
 */
export function assertWriteOrigin(c: Context<AppEnv>, allowed: readonly string[]): void {
  const origin = c.req.header("Origin");
  if (!origin || !isAllowedOrigin(c, origin, allowed)) {
    throw new ApiError(
      403,
      "forbidden_origin",
      "Sign-ups are not accepted from this website. The organisation must add it to its allowed websites.",
    );
  }
  allowCheckedOrigin(c);
}

/**
 * Counts a refused write against the organisation, so its settings can list the websites that
 * tried to show its forms. Well-formed http(s) origins only. In the background where the runtime
 * allows (`waitUntil`); a failure is logged and never changes or slows the refusal.
 */
async function countRefusal(
  c: Context<AppEnv>,
  organisationId: string,
  origin: string,
): Promise<void> {
  if (!isWebOrigin(origin)) return;
  const counting = (async () => {
    await recordRefusedOrigin(c.env.DB, { organisationId, origin, now: Date.now() }).run();
  })().catch((error: unknown) => console.error("counting a refused origin failed", error));
  await inBackground(c, counting);
}

/** What a write goes to: who may send it, and the organisation a refusal is counted against. */
interface WriteTarget {
  allowedOrigins: readonly string[];
  organisationId?: string;
}

function answerPreflight(
  loadTarget: (c: Context<AppEnv>) => Promise<WriteTarget | null>,
  writeMethods: string,
) {
  return async (c: Context<AppEnv>) => {
    const origin = c.req.header("Origin") ?? "";
    c.header("Access-Control-Allow-Headers", allowedHeaders);
    c.header("Access-Control-Max-Age", preflightMaxAgeSeconds);
    c.header("Vary", "Origin");
    if (isReadMethod(c.req.header("Access-Control-Request-Method"))) {
      c.header("Access-Control-Allow-Origin", "*");
      c.header("Access-Control-Allow-Methods", "GET, HEAD");
      return c.body(null, 204);
    }
    const target = await loadTarget(c);
    if (!target) return c.body(null, 403);
    if (!isAllowedOrigin(c, origin, target.allowedOrigins)) {
      if (target.organisationId) await countRefusal(c, target.organisationId, origin);
      return c.body(null, 403);
    }
    c.header("Access-Control-Allow-Origin", origin);
    c.header("Access-Control-Allow-Methods", `GET, HEAD, ${writeMethods}`);
    return c.body(null, 204);
  };
}

/**
 * Answers a preflight: reads from anywhere, writes only from the origins `loadAllowed` returns
 * (null when the resource does not exist).
 */
export function preflight(
  loadAllowed: (c: Context<AppEnv>) => Promise<readonly string[] | null>,
  writeMethods: string,
) {
  return answerPreflight(async (c) => {
    const allowedOrigins = await loadAllowed(c);
    return allowedOrigins && { allowedOrigins };
  }, writeMethods);
}

/**
 * A preflight for a write to the organisation in `:org`: as `preflight`, and a refused website is
 * counted for the organisation's settings. A browser on a website not allowed yet stops here.
 */
export function organisationPreflight(writeMethods: string) {
  return answerPreflight(async (c) => {
    const organisation = await findOrganisationBySlug(c.var.db, organisationSlug(c));
    return (
      organisation && {
        allowedOrigins: organisation.signupOrigins,
        organisationId: organisation.id,
      }
    );
  }, writeMethods);
}

/**
 * `assertWriteOrigin` for the organisation's allowed websites, counting a refused one for its
 * settings.
 */
export async function checkOrganisationWriteOrigin(
  c: Context<AppEnv>,
  organisation: { id: string; signupOrigins: readonly string[] },
): Promise<void> {
  const origin = c.req.header("Origin");
  if (origin && !isAllowedOrigin(c, origin, organisation.signupOrigins)) {
    await countRefusal(c, organisation.id, origin);
  }
  assertWriteOrigin(c, organisation.signupOrigins);
}

/** After `loadOrganisation`: `checkOrganisationWriteOrigin` for it. */
export const organisationWriteOrigin = createMiddleware<AppEnv>(async (c, next) => {
  await checkOrganisationWriteOrigin(c, c.var.organisation);
  await next();
});

/**
 * The website a write came from, for a batch to check against the organisation's allowed ones:
 * null for the worker's own pages (always allowed), undefined when there is none to check (no
 * `Origin`, or an opaque one), which is refused.
 */
export function writeOriginToCheck(c: Context<AppEnv>): string | null | undefined {
  const origin = c.req.header("Origin");
  if (!origin || origin === "null") return undefined;
  return origin === new URL(c.req.url).origin ? null : origin;
}

/**
 * For a write that checks its organisation and website in its own batch (a sign-up): a refusal
 * given before the batch ran (a bad body, too many requests) is replaced by what those checks say
 * first, as on every other write — 404 for an unknown organisation, 403 (counted) for a website
 * it has not allowed — so a foreign website learns nothing more. Allowed, the refusal stands,
 * readable by the page.
 */
export const writeOriginBeforeRefusals = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const checked = c.res.headers.has("Access-Control-Allow-Origin") || c.get("organisation");
  if (c.res.status < 400 || checked) return;
  const organisation = await findOrganisationBySlug(c.var.db, organisationSlug(c));
  if (!organisation) throw unknownOrganisation();
  await checkOrganisationWriteOrigin(c, organisation);
  c.res.headers.set("Access-Control-Allow-Origin", c.req.header("Origin") ?? "");
  c.res.headers.append("Vary", "Origin");
});

/** Marks a write whose website the batch found allowed, for the browser. */
export function allowCheckedOrigin(c: Context<AppEnv>): void {
  c.header("Access-Control-Allow-Origin", c.req.header("Origin"));
  c.header("Vary", "Origin");
}

/**
 * A widget on a website not allowed yet shows a notice instead of a form, so no write (and no
 * preflight) ever arrives from it: it reports the website itself, once, with a simple POST (no
 * preflight, nothing read back). Counted like a refused write; an allowed website is not.
 */
export async function countReportedWebsite(c: Context<AppEnv>): Promise<void> {
  const { id, signupOrigins } = c.var.organisation;
  const origin = c.req.header("Origin");
  if (origin && !isAllowedOrigin(c, origin, signupOrigins)) await countRefusal(c, id, origin);
}

/**
 * Public reads are open to any origin (no cookies are involved anywhere in the public API). The
 * admin API gets no CORS headers at all: only the dashboard's own origin may use it.
 */
export const openReads = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (new URL(c.req.url).pathname.startsWith("/api/v1/admin/")) return;
  if (isReadMethod(c.req.method) && !c.res.headers.has("Access-Control-Allow-Origin")) {
    c.res.headers.set("Access-Control-Allow-Origin", "*");
  }
  if (c.req.method === "OPTIONS" && c.res.status === 404) {
    c.res = new Response(null, {
      status: 204,
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Access-Control-Allow-Methods": "GET, HEAD",
        "Access-Control-Allow-Headers": allowedHeaders,
        "Access-Control-Max-Age": preflightMaxAgeSeconds,
      },
    });
  }
});
