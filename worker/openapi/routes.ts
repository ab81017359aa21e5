import { Hono } from "hono";
import { etag } from "hono/etag";
import type { AppEnv } from "../http/app-env.js";
import { setPageHeaders } from "../http/security-headers.js";
import { apiBase, openApiDocument } from "./document.js";
import { docsStyle, renderDocsPage } from "./docs-page.js";

/** Changes only with a deploy; an hour's cache, then a cheap 304 by `ETag`. */
const cacheControl = "public, max-age=3600";

interface Served {
  body: string;
  etag: string;
}

async function served(body: string): Promise<Served> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-1", new TextEncoder().encode(body)),
  );
  const hash = Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { body, etag: `"${hash}"` };
}

/** Each built, serialised and hashed once per isolate, on first request. */
let documentJson: Promise<Served> | undefined;
let docsHtml: Promise<Served> | undefined;

/** `GET /api/v1/openapi.json` and `GET /api/v1/docs`: the public API described, for anyone. */
export const openApiRoutes = new Hono<AppEnv>()
  .get("/openapi.json", etag(), async (c) => {
    documentJson ??= served(JSON.stringify(openApiDocument()));
    const { body, etag: tag } = await documentJson;
    return c.body(body, 200, {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": cacheControl,
      ETag: tag,
    });
  })
  .get("/docs", etag(), async (c) => {
    docsHtml ??= served(renderDocsPage(openApiDocument(), `${apiBase}/openapi.json`));
    const { body, etag: tag } = await docsHtml;
    await setPageHeaders(c, [docsStyle]);
    // Nothing personal on this page (setPageHeaders' `no-store` is for pages with tokens).
    c.header("Cache-Control", cacheControl);
    c.header("ETag", tag);
    return c.html(body, 200);
  });
