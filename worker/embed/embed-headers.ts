import type { Context } from "hono";
import { isWebOrigin } from "../../schema/contracts/admin/settings.js";
import type { AppEnv } from "../http/app-env.js";
import { styleHash } from "../http/security-headers.js";

/**
 * How long a browser may reuse a page. The allowed websites are in its `frame-ancestors`, so a
 * website added or removed in the settings takes effect within this time.
 */
const pageCacheSeconds = 60;

/**
 * Who may frame an embed page: Hearth itself and the organisation's allowed websites, which the
 * settings contract keeps to bare origins (checked again: a policy is no place for anything else).
 */
export function frameAncestors(allowedOrigins: readonly string[]): string {
  return ["'self'", ...new Set(allowedOrigins.filter(isWebOrigin))].join(" ");
}

/**
 * For a page that runs the widgets: scripts from Hearth's origin and the inline ones given (by
 * hash), styles from Hearth's origin and the one `<style>` (by hash), API calls to Hearth; framed
 * only by `ancestors` (`'none'` for a page that is not an embed).
 */
export async function setWidgetPageHeaders(
  c: Context<AppEnv>,
  page: { style: string; inlineScripts: readonly string[]; ancestors: string },
): Promise<void> {
  const scriptHashes = await Promise.all(page.inlineScripts.map(styleHash));
  const policy = [
    "default-src 'none'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    `style-src 'self' ${await styleHash(page.style)}`,
    "connect-src 'self'",
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
    `frame-ancestors ${page.ancestors}`,
  ];
  c.header("Content-Security-Policy", policy.join("; "));
  c.header("Referrer-Policy", "no-referrer");
  c.header("Cache-Control", `public, max-age=${pageCacheSeconds}`);
  // The page's words follow the browser's languages when the address names none.
  c.header("Vary", "Accept-Language");
}
