import { etag, RETAINED_304_HEADERS } from "hono/etag";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.js";
import { inBackground } from "./in-background.js";
import { keep, recall } from "./isolate-cache.js";
import { readSession, wantsFresh } from "./read-session.js";

/** How long a public read may be served from a cache: places change, so not for long. */
export const publicCacheSeconds = 15;

/** Browsers and Cloudflare's edge may keep a public read that long (and serve it stale briefly). */
export const publicCache = `public, max-age=${publicCacheSeconds}, stale-while-revalidate=30`;

/** The worker's own cache of public reads (Cloudflare's Cache API, in the data centre). */
const cacheName = "hearth-public-reads";

/** When an answer was made, so a copy kept in memory expires with it (never later). */
const madeAtHeader = "Hearth-Made-At";

async function openCache(): Promise<Cache | undefined> {
  try {
    return await caches.open(cacheName);
  } catch {
    return undefined; // no Cache API here: every read goes to D1
  }
}

/** When the kept answer `response` was made (its own header; `fallback` if it has none). */
function madeAtOf(response: Response, fallback: number): number {
  return Number(response.headers.get(madeAtHeader)) || fallback;
}

/**
 * A kept answer as it leaves: with its `Age`, so a browser counts its 15 seconds from when the
 * answer was made, not from when it reached them.
 */
function served(response: Response, now: number): Response {
  const ageSeconds = Math.max(0, Math.floor((now - madeAtOf(response, now)) / 1000));
  response.headers.set("Age", String(ageSeconds));
  return response;
}

/**
 * `response` with its `ETag` (SHA-1 of the body), worked out once when the answer is made: the
 * copies kept in memory and in the cache carry it, so a repeated read is not hashed again.
 */
async function withEtag(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-1", body));
  const hash = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  const headers = new Headers(response.headers);
  headers.set("ETag", `"${hash}"`);
  return new Response(body, { status: response.status, headers });
}

/**
 * For public reads only (events, an event, the menu, the shifts, the organisation): answers from
 * this isolate's memory (`isolate-cache.ts`) or the data centre's cache for up to
 * `publicCacheSeconds` after the answer was made (never longer, whatever the cache keeps; with
 * its `Age`), keyed by the whole URL — organisation,
 * query and `lang` are all in it, and nothing else changes the answer (no cookie, no token, the
 * same `Access-Control-Allow-Origin: *` for every website). A reader who asks for a fresh answer
 * gets one, and it refreshes the cache. Only 200 answers are kept. Personal reads never pass here.
 */
const edgeCache = createMiddleware<AppEnv>(async (c, next) => {
  const url = c.req.url;
  const now = Date.now();
  const fresh = wantsFresh(c);
  if (c.req.method === "GET" && !fresh) {
    const inMemory = recall(url, now);
    if (inMemory) {
      c.res = served(inMemory, now);
      return;
    }
  }
  const cache = c.req.method === "GET" ? await openCache() : undefined;
  const key = new Request(url, { method: "GET" });
  if (cache && !fresh) {
    const hit = await cache.match(key);
    // The data centre's cache may keep an answer longer than the bound (for the browsers'
    // stale-while-revalidate): past it, the answer is made afresh, not served.
    const expiresAt = hit ? madeAtOf(hit, now) + publicCacheSeconds * 1000 : 0;
    if (hit && expiresAt > now) {
      await keep(url, hit.clone(), expiresAt);
      c.res = served(new Response(hit.body, hit), now);
      return;
    }
    await hit?.body?.cancel();
  }
  await next();
  if (c.res.status !== 200) return;
  c.res.headers.set("Cache-Control", publicCache);
  if (c.res.headers.has("Set-Cookie")) return;
  c.res = await withEtag(c.res);
  c.res.headers.set(madeAtHeader, String(now));
  await keep(url, c.res.clone(), now + publicCacheSeconds * 1000);
  if (cache) await inBackground(c, cache.put(key, c.res.clone()));
});

/**
 * A public read's middleware: a reader who has the answer's `ETag` gets 304, no body (the tag is
 * the cache's, above; an answer the cache does not keep is hashed by `etag()`), then the cache, then D1's read replication for what the cache did not have.
 */
export const publicRead = [
  etag({ retainedHeaders: [...RETAINED_304_HEADERS, "age"] }),
  edgeCache,
  readSession,
] as const;

/**
 * A public answer no cache may serve without asking first (`Cache-Control: no-cache`, and never
 * kept in this worker's caches): for a read that must change the moment something it shows does,
 * like a network's catalogue when a member leaves. A reader who has the `ETag` still gets 304.
 */
const revalidateEveryTime = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.res.status === 200) c.res.headers.set("Cache-Control", "public, no-cache");
});

/** `publicRead` without the caches: `ETag` and 304, read replication, every answer fresh. */
export const revalidatedPublicRead = [etag(), revalidateEveryTime, readSession] as const;
