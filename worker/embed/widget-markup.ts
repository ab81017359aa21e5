import { escapeHtml } from "../messages/html.js";

/** A widget's tag with its attributes, as the host snippet in README "Embedding" writes it. */
export interface WidgetElement {
  tag: string;
  attributes: Readonly<Record<string, string>>;
}

/** The element, every attribute value escaped (names come from our own table). */
export function widgetHtml({ tag, attributes }: WidgetElement): string {
  const written = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  return `<${tag}${written}></${tag}>`;
}

/** The loader, from the worker's own origin (the widget finds the API from its URL). */
export const loaderScript = `<script type="module" src="/embed.js"></script>`;

/** The document's head up to its styles; `extraHead` is markup the caller built and escaped. */
export function documentHead(options: {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  style: string;
  extraHead?: string;
}): string {
  const lang = escapeHtml(options.lang);
  return (
    `<!doctype html>\n<html lang="${lang}" dir="${options.dir}">\n<head>\n` +
    `<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(options.title)}</title>\n` +
    (options.extraHead ?? "") +
    `<style>${options.style}</style>\n`
  );
}

/** Page text: readable on its own, a width a line can be read at, links that look like links. */
export const pageTextStyle =
  "body{margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;" +
  "font-size:17px;line-height:1.5;color:#1f2328}" +
  "a{color:#0b57d0}" +
  "h1{font-size:1.4em;line-height:1.3}";
