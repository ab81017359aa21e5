import { escapeHtml } from "../messages/html.js";

/**
 * The iframe a CMS puts on its page: titled for screen readers, as wide as the column (or
 * `width` pixels), `height` pixels tall until the height snippet fits it to its content. The
 * widget inside may share a link or copy it, which a frame needs permission for.
 */
export function iframeMarkup(options: {
  src: string;
  title: string;
  width: number | "100%";
  height: number;
}): string {
  return (
    `<iframe src="${escapeHtml(options.src)}" title="${escapeHtml(options.title)}" ` +
    `width="${options.width}" height="${options.height}" style="border:0;max-width:100%" ` +
    `loading="lazy" allow="web-share; clipboard-write"></iframe>`
  );
}

/**
 * The `<link>` that tells a CMS where the oEmbed answer for `pageUrl` (a Hearth events or event
 * page) is, for the page's `<head>`: pasted on a line of its own, the address becomes the embed.
 */
export function oembedDiscoveryLink(pageUrl: string, title = "Hearth"): string {
  const endpoint = new URL("/oembed", pageUrl);
  endpoint.searchParams.set("url", pageUrl);
  endpoint.searchParams.set("format", "json");
  return (
    `<link rel="alternate" type="application/json+oembed" ` +
    `href="${escapeHtml(endpoint.href)}" title="${escapeHtml(title)}">`
  );
}
