import { oembedDiscoveryLink } from "../embed/oembed-markup.js";
import type { PageLinks } from "./page-head.js";

/**
 * Tags an event's page adds to its `<head>` after its own, already escaped: the oEmbed discovery
 * link, so a CMS that embeds by URL (WordPress, Drupal's oEmbed) finds the iframe for this page.
 */
export function extraHeadTags(links: PageLinks, title?: string): string[] {
  return [oembedDiscoveryLink(links.pageUrl, title)];
}
