import { etag } from "hono/etag";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.js";
import { inBackground } from "./in-background.js";
import { readSession, wantsFresh } from "./read-session.js";

/** How long a public read may be served from a cache: places change, so not for long. */
export const publicCacheSeconds = 15;

/** Browsers and Cloudflare's edge may keep a public read that long (and serve it stale briefly). */
export const publicCache = `public, max-age=${publicCacheSeconds}, stale-while-revalidate=30`;

/** The worker's own cache of public reads (Cloudflare's Cache API, in the data centre). */
const cacheName = "hearth-public-reads";

async function openCache(): Promise<Cache | undefined> {
  try {
    return await caches.open(cacheName);
  } catch {
    return undefined; // no Cache API here: every read goes to D1
  }
}

/**
 * For public reads only (events, an event, the menu, the shifts, the organisation): answers from
 * the data centre's cache for up to `publicCacheSeconds`, keyed by the whole URL — organisation,
 * query and `lang` are all in it, and nothing else changes the answer (no cookie, no token, the
 * same `Access-Control-Allow-Origin: *` for every website). A reader who asks for a fresh answer
 * gets one, and it refreshes the cache. Only 200 answers are kept. Personal reads never pass here.
 */
const edgeCache = createMiddleware<AppEnv>(async (c, next) => {
  const cache = c.req.method === "GET" ? await openCache() : undefined;
  const key = new Request(c.req.url, { method: "GET" });
  if (cache && !wantsFresh(c)) {
    const hit = await cache.match(key);
    if (hit) {
      c.res = new Response(hit.body, hit);
      return;
    }
  }
  await next();
  if (c.res.status !== 200) return;
  c.res.headers.set("Cache-Control", publicCache);
  if (!cache || c.res.headers.has("Set-Cookie")) return;
  await inBackground(c, cache.put(key, c.res.clone()));
});

/**
 * A public read's middleware: an `ETag` on every answer (a reader who has it gets 304, no body),
 * then the cache above, then D1's read replication for what the cache did not have.
 */
export const publicRead = [etag(), edgeCache, readSession] as const;
