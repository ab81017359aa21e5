import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";

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
  c.header("Access-Control-Allow-Origin", origin);
  c.header("Vary", "Origin");
}

/**
 * Answers a preflight: reads from anywhere, writes only from the origins `loadAllowed` returns
 * (null when the resource does not exist).
 */
export function preflight(
  loadAllowed: (c: Context<AppEnv>) => Promise<readonly string[] | null>,
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
    const allowed = await loadAllowed(c);
    if (!allowed || !isAllowedOrigin(c, origin, allowed)) return c.body(null, 403);
    c.header("Access-Control-Allow-Origin", origin);
    c.header("Access-Control-Allow-Methods", `GET, HEAD, ${writeMethods}`);
    return c.body(null, 204);
  };
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
