import { normalizeTag } from "../../i18n/negotiate.js";

/** What a Hearth page's address names, for oEmbed. */
export type PageTarget =
  | { page: "list"; org: string; lang: string | null }
  | { page: "event"; org: string; eventId: string; lang: string | null }
  /** The short link (`/e/:code`) names the event alone. */
  | { page: "short"; code: string; lang: string | null };

const part = "([A-Za-z0-9][A-Za-z0-9_-]{0,79})";
const listPath = new RegExp(`^/${part}/events/?$`);
const eventPath = new RegExp(`^/${part}/events/${part}/?$`);
const shortPath = new RegExp(`^/e/${part}/?$`);

/**
 * The Hearth page `address` is, or null when it is not one of Hearth's: another origin than
 * `hearthOrigins`, or a path that is not an events page (`/:org/events`), an event page
 * (`/:org/events/:id`) or an event's short link (`/e/:code`). `?lang=` is kept for the embed.
 */
export function pageTarget(address: string, hearthOrigins: readonly string[]): PageTarget | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (!hearthOrigins.includes(url.origin)) return null;
  const lang = normalizeTag(url.searchParams.get("lang"));
  const short = shortPath.exec(url.pathname);
  if (short) return { page: "short", code: short[1]!, lang };
  const event = eventPath.exec(url.pathname);
  if (event) return { page: "event", org: event[1]!, eventId: event[2]!, lang };
  const list = listPath.exec(url.pathname);
  if (list) return { page: "list", org: list[1]!, lang };
  return null;
}

/** Where this worker is reached: the request's own origin and the public one it writes in links. */
export function hearthOrigins(requestUrl: string, publicUrl: string | undefined): string[] {
  const origins = [new URL(requestUrl).origin];
  try {
    if (publicUrl) origins.push(new URL(publicUrl).origin);
  } catch {
    // a malformed HEARTH_PUBLIC_URL names no page
  }
  return origins;
}
