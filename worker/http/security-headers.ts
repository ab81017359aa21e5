import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.js";

/*
 * The worker's share of the security headers; static assets get theirs from `site/_headers`, and
 * HSTS is set at the edge (see the README), so it never reaches a localhost browser.
 */

/**
 * Every response, errors and not-found included: the browser takes the declared type (JSON,
 * calendar, plain text) at its word and never sniffs it into something that runs.
 */
export const noSniff = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.res.headers.set("X-Content-Type-Options", "nosniff");
});

/** The CSP source that allows an inline `<style>` element with exactly this text. */
export async function styleHash(text: string): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)),
  );
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/** The text of each `<style>` element in a document, as the browser hashes it. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((match) => match[1]!);
}

/**
 * For an HTML page the worker writes itself: no script; styles only from the `<style>` texts
 * given, by hash (never `'unsafe-inline'`, which would let in injected markup's styles and
 * `style=` attributes too); never framed; its address, which may hold a signed token, never sent
 * on as a referrer; never cached.
 */
export async function setPageHeaders(
  c: Context<AppEnv>,
  styles: readonly string[],
  moreDirectives: readonly string[] = [],
): Promise<void> {
  const hashes = [...new Set(await Promise.all(styles.map(styleHash)))];
  const policy = [
    "default-src 'none'",
    `style-src ${hashes.length > 0 ? hashes.join(" ") : "'none'"}`,
    ...moreDirectives,
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ];
  c.header("Content-Security-Policy", policy.join("; "));
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cache-Control", "no-store");
}
