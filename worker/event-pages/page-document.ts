import { escapeHtml } from "../messages/html.js";
import { pageStyle } from "./page-style.js";

/** A whole page the worker writes for people: language, direction, head tags and its one style. */
export interface PageDocument {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  /** Tags for `<head>`, already escaped (canonical link, Open Graph, JSON-LD, …). */
  head?: readonly string[];
  body: string;
}

/** Everything on the page works with JavaScript off; a script, if any, comes in `head`. */
export function pageDocument(page: PageDocument): string {
  const lang = escapeHtml(page.lang);
  return (
    `<!doctype html>\n<html lang="${lang}" dir="${page.dir}">\n<head>\n` +
    `<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="color-scheme" content="light dark">\n` +
    `<title>${escapeHtml(page.title)}</title>\n` +
    (page.head ?? []).map((tag) => `${tag}\n`).join("") +
    `<style>${pageStyle}</style>\n</head>\n<body>\n` +
    `<div class="hearth">\n${page.body}</div>\n</body>\n</html>\n`
  );
}
