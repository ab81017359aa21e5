import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { setPageHeaders } from "../http/security-headers.js";
import { documentStyle } from "../messages/html.js";

/**
 * A page opened from an email's link (a reminder's answer, an offer, feedback, a check-in): one
 * inline style block and a form posting back to the same address, nothing else.
 */
export async function sendLinkPage(
  c: Context<AppEnv>,
  html: string,
  status: 200 | 400 | 404 | 410 | 429,
): Promise<Response> {
  await setPageHeaders(c, [documentStyle]);
  return c.html(html, status);
}
