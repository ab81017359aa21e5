import { escapeHtml } from "../messages/html.js";
import type { WidgetElement } from "./widget-markup.js";
import { documentHead, loaderScript, pageTextStyle, widgetHtml } from "./widget-markup.js";

const listStyle = pageTextStyle + "body{max-width:60em;margin:0 auto;padding:16px}";

/** The style element's text for a list page with these theme tokens (allowed by its hash). */
export function listPageStyle(themeCss: string): string {
  return listStyle + themeCss;
}

/**
 * `/:org/events`: the organisation's events on Hearth itself, a page whose address can be shared
 * and pasted into a CMS (it advertises its oEmbed answer, `discoveryLink`). The list is the
 * `<hearth-events>` widget; without JavaScript the page says what is needed.
 */
export function renderListPage(options: {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  widget: WidgetElement;
  themeCss: string;
  noScript: string;
  discoveryLink: string;
}): string {
  return (
    documentHead({
      lang: options.lang,
      dir: options.dir,
      title: options.title,
      style: listPageStyle(options.themeCss),
      extraHead: `${options.discoveryLink}\n`,
    }) +
    `${loaderScript}\n</head>\n<body>\n<main>\n` +
    `<h1>${escapeHtml(options.title)}</h1>\n` +
    `<noscript><p>${escapeHtml(options.noScript)}</p></noscript>\n` +
    `${widgetHtml(options.widget)}\n</main>\n</body>\n</html>\n`
  );
}
