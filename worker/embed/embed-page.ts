import { escapeHtml } from "../messages/html.js";
import { framePageScript } from "./frame-scripts.js";
import type { WidgetElement } from "./widget-markup.js";
import { documentHead, loaderScript, pageTextStyle, widgetHtml } from "./widget-markup.js";

/** What the page says when it is opened directly instead of in a frame, in the reader's words. */
export interface DirectWords {
  heading: string;
  /** "… shows this on its own websites: …", or that it has none yet. */
  body: string;
  /** The organisation's websites (origins); shown as links. */
  websites: readonly string[];
  hearthPage: { text: string; href: string };
  organisers: string;
  dashboard: { text: string; href: string };
}

/*
 * Without a frame (or without JavaScript) only the explanation shows; in a frame the inline script
 * marks the root and only the widget shows. Hidden with `display: none`, so screen readers skip
 * the part not shown too.
 */
const embedStyle =
  pageTextStyle +
  "body{padding:4px}" +
  ".widget{display:none}" +
  ".framed .widget{display:block}" +
  ".framed .direct{display:none}" +
  ".direct{max-width:36em;margin:0 auto;padding:12px}";

/** The style element's text for a page with these theme tokens: the CSP allows it by its hash. */
export function embedPageStyle(themeCss: string): string {
  return embedStyle + themeCss;
}

/** A website's address as people read it, left to right even in an Arabic sentence. */
function websiteLink(origin: string): string {
  const host = new URL(origin).host;
  return `<li><a href="${escapeHtml(origin)}" target="_self" dir="ltr">${escapeHtml(host)}</a></li>`;
}

function directHtml(words: DirectWords): string {
  const websites =
    words.websites.length > 0 ? `<ul>\n${words.websites.map(websiteLink).join("\n")}\n</ul>\n` : "";
  return (
    `<section class="direct" aria-labelledby="direct-heading">\n` +
    `<h1 id="direct-heading">${escapeHtml(words.heading)}</h1>\n` +
    `<p>${escapeHtml(words.body)}</p>\n${websites}` +
    `<p><a href="${escapeHtml(words.hearthPage.href)}" target="_self">` +
    `${escapeHtml(words.hearthPage.text)}</a></p>\n` +
    `<p>${escapeHtml(words.organisers)} <a href="${escapeHtml(words.dashboard.href)}" ` +
    `target="_self">${escapeHtml(words.dashboard.text)}</a></p>\n` +
    `</section>\n`
  );
}

/**
 * The page an iframe embed loads: the widget (shown in a frame) and the explanation (shown
 * otherwise). Links open in a new tab (`<base target="_blank">`): Hearth's other pages, such as
 * the manage link after a sign-up, refuse to be framed, and the host page must stay.
 */
export function renderEmbedPage(options: {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  widget: WidgetElement;
  themeCss: string;
  direct: DirectWords;
}): string {
  return (
    documentHead({
      lang: options.lang,
      dir: options.dir,
      title: options.title,
      style: embedPageStyle(options.themeCss),
      extraHead: `<base target="_blank">\n`,
    }) +
    `<script>${framePageScript}</script>\n${loaderScript}\n</head>\n<body>\n` +
    `<main class="widget">${widgetHtml(options.widget)}</main>\n` +
    directHtml(options.direct) +
    `</body>\n</html>\n`
  );
}
