import { directionOf } from "../../i18n/languages.js";
import { escapeHtml, isWebUrl } from "./html.js";

/** One row of facts: "When: …", with what it was before when it changed. */
export interface DetailRow {
  label: string;
  value: string;
  /** What the value was before a change: `template` is the "was: {value}" string. */
  was?: { template: string; value: string };
  /** Makes the value a link (`value` is then the link text; the URL shows in the text part). */
  href?: string;
  className?: string;
  hint?: string;
  /** The value's language, when it is not the message's (an organiser's text through fallback). */
  lang?: string;
}

/**
 * What a message says, once; written out as plain text and as HTML from the same list, so the two
 * versions never drift apart.
 */
export type Block =
  | { type: "heading"; text: string; level?: 1 | 2 }
  | { type: "paragraph"; text: string; className?: string }
  | { type: "details"; rows: DetailRow[] }
  /** An organiser's words; `lang` when they are in another language than the message. */
  | {
      type: "quote";
      label: string;
      text: string;
      lang?: string;
      /** Words in a language nobody named (a partner's message): the reader's client decides. */
      dir?: "auto";
    }
  | { type: "links"; links: { text: string; href: string }[]; buttons?: boolean }
  | { type: "list"; items: string[] }
  | { type: "rule" };

/** `lang` and `dir` for a part written in another language, so it is read and shown as such. */
function languageAttributes(lang: string | undefined): string {
  return lang ? ` lang="${escapeHtml(lang)}" dir="${directionOf(lang)}"` : "";
}

function linkHtml(text: string, href: string, className?: string): string {
  if (!isWebUrl(href)) return escapeHtml(text);
  const classAttribute = className ? ` class="${className}"` : "";
  return `<a href="${escapeHtml(href)}"${classAttribute}>${escapeHtml(text)}</a>`;
}

/** "was: <s>Friday 18:00</s>": struck through for the eye, said in words for everyone else. */
function wasHtml(was: { template: string; value: string }): string {
  const [before = "", after = ""] = was.template.split("{value}");
  return `${escapeHtml(before)}<s>${escapeHtml(was.value)}</s>${escapeHtml(after)}`;
}

const wasText = (was: { template: string; value: string }) =>
  was.template.replace("{value}", () => was.value);

const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, "<br>\n");

function rowHtml(row: DetailRow): string {
  const value = row.href ? linkHtml(row.value, row.href) : multiline(row.value);
  const parts = [
    `<strong>${escapeHtml(row.label)}</strong>`,
    row.className || row.lang
      ? `<span${row.className ? ` class="${row.className}"` : ""}${languageAttributes(row.lang)}>${value}</span>`
      : value,
    ...(row.was === undefined ? [] : [wasHtml(row.was)]),
    ...(row.hint === undefined ? [] : [escapeHtml(row.hint)]),
  ];
  return `<p>${parts.join("<br>\n")}</p>\n`;
}

export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case "heading": {
          const tag = `h${block.level ?? 1}`;
          return `<${tag}>${escapeHtml(block.text)}</${tag}>\n`;
        }
        case "paragraph": {
          const classAttribute = block.className ? ` class="${block.className}"` : "";
          return `<p${classAttribute}>${multiline(block.text)}</p>\n`;
        }
        case "details":
          return block.rows.map(rowHtml).join("");
        case "quote":
          return (
            `<p><strong>${escapeHtml(block.label)}</strong></p>\n` +
            `<blockquote${block.dir ? ` dir="${block.dir}"` : languageAttributes(block.lang)}><p>${multiline(block.text)}</p></blockquote>\n`
          );
        case "links":
          return block.links
            .map(
              (link) =>
                `<p>${linkHtml(link.text, link.href, block.buttons ? "button" : undefined)}</p>\n`,
            )
            .join("");
        case "list":
          return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>\n`).join("")}</ul>\n`;
        case "rule":
          return "<hr>\n";
      }
    })
    .join("");
}

function rowText(row: DetailRow): string {
  const lines = [`${row.label}: ${row.value}`];
  if (row.href) lines[0] = `${row.label}: ${row.value}\n${row.href}`;
  if (row.was !== undefined) lines.push(`(${wasText(row.was)})`);
  if (row.hint !== undefined) lines.push(row.hint);
  return lines.join("\n");
}

export function blocksToText(blocks: Block[]): string {
  return (
    blocks
      .map((block) => {
        switch (block.type) {
          case "heading":
            return block.level === 2 ? block.text : `${block.text}\n${"=".repeat(24)}`;
          case "paragraph":
            return block.text;
          case "details":
            return block.rows.map(rowText).join("\n\n");
          case "quote":
            return `${block.label}:\n${block.text
              .split(/\r?\n/)
              .map((line) => `> ${line}`)
              .join("\n")}`;
          case "links":
            return block.links.map((link) => `${link.text}:\n${link.href}`).join("\n\n");
          case "list":
            return block.items.map((item) => `- ${item}`).join("\n");
          case "rule":
            return "--";
        }
      })
      .join("\n\n") + "\n"
  );
}
