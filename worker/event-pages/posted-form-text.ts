import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.js";

/** As the API's limit, with room for the form's own field names. */
const maxFormBytes = 32 * 1024;

/**
 * A form posted as a browser sends one (`application/x-www-form-urlencoded`), as text, or the
 * status refusing it: not such a form (415), too large (413). An event's page and the sign-up
 * form's first screen take their forms so.
 */
export async function postedFormText(c: Context<AppEnv>): Promise<string | 413 | 415> {
  const type = c.req.header("Content-Type") ?? "";
  if (!/^application\/x-www-form-urlencoded\b/i.test(type)) return 415;
  if (Number(c.req.header("Content-Length") ?? 0) > maxFormBytes) return 413;
  // Decoded as UTF-8 here: the runtime warns when a form's body is read as text.
  const bytes = await c.req.arrayBuffer();
  return bytes.byteLength > maxFormBytes ? 413 : new TextDecoder().decode(bytes);
}
