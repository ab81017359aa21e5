import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { AppEnv } from "../http/app-env.js";

/** Why a posted body was not read at all, in the API's words (the answer says it in the reader's). */
export const unreadBody = {
  413: { code: "payload_too_large", message: "The form is too long." },
  415: {
    code: "unsupported_media_type",
    message: "Send the form as application/x-www-form-urlencoded.",
  },
} as const;

/**
 * The answer to a form a first screen sent itself: HTML in the reader's language, never kept (it
 * is the person's own), readable by the website that sent it unless the organisation does not
 * take its forms (`error` says why it was refused, if it was).
 */
export function replyToFirstScreen(
  c: Context<AppEnv>,
  html: string,
  status: ContentfulStatusCode,
  error?: ErrorEnvelope["error"],
): Response {
  const origin = c.req.header("Origin");
  if (origin && error?.code !== "forbidden_origin") {
    c.header("Access-Control-Allow-Origin", origin);
    c.header("Vary", "Origin");
  }
  c.header("Cache-Control", "no-store");
  return c.body(html, status, { "Content-Type": "text/html; charset=utf-8" });
}
