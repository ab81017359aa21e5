import { Hono, type Context } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { notFound } from "../http/errors.js";
import { assertSameOrigin, onlyInDevelopment } from "../http/only-in-development.js";
import { inlineStyles, setPageHeaders } from "../http/security-headers.js";
import { clearDevMail, findDevMail, listDevMail } from "./mailbox-queries.js";
import { parseMime } from "../mail/mime-parse.js";
import { escapeHtml, isWebUrl } from "../messages/html.js";

/*
 * Local development only: what the dev mailer "sent", shown as the recipient would see it. The
 * guard answers 404 outside HEARTH_ENV=development, so the pages do not exist in production.
 */

const pageStyle =
  "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;padding:16px;max-width:60em}" +
  "table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:6px 8px;" +
  "border-bottom:1px solid #8888}td,dd,li{overflow-wrap:anywhere}iframe{width:100%;height:32em;border:1px solid #888;" +
  "background:#fff}pre{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid #888;" +
  "padding:8px}dt{font-weight:bold}dd{margin:0 0 8px}button{padding:8px 16px;font:inherit}";

/**
 * A page of the mailbox, with its headers. A message's HTML runs in a sandboxed srcdoc frame,
 * which inherits this page's policy: no script anywhere, and only the page's own `<style>` and
 * the message's (by hash) apply.
 */
async function page(c: Context<AppEnv>, title: string, body: string, messageStyles: string[] = []) {
  await setPageHeaders(c, [pageStyle, ...messageStyles], ["img-src data:"]);
  return c.html(pageHtml(title, body), 200);
}

function pageHtml(title: string, body: string): string {
  return (
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="color-scheme" content="light dark">\n` +
    `<title>${escapeHtml(title)} · Dev mailbox</title>\n<style>${pageStyle}</style>\n</head>\n` +
    `<body>\n<main>\n${body}</main>\n</body>\n</html>\n`
  );
}

const timeText = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 19) + " UTC";
const timeHtml = (ms: number) =>
  `<time datetime="${new Date(ms).toISOString()}">${timeText(ms)}</time>`;

/** The web links in a plain-text body, in order, each once. */
export function linksIn(text: string): string[] {
  const found = text.match(/https?:\/\/[^\s<>"]+/g) ?? [];
  return [...new Set(found.map((url) => url.replace(/[).,;:!?]+$/, "")))].filter(isWebUrl);
}

/** Links in the message open in a new tab, outside the sandbox, so Confirm and Cancel work. */
function framedHtml(html: string): string {
  const base = `<base target="_blank">`;
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${html}`;
}

const shownHeaders = {
  from: "From",
  to: "To",
  subject: "Subject",
  date: "Date",
  "message-id": "Message-ID",
};

async function loadMessage(c: Context<AppEnv>) {
  const row = await findDevMail(c.env.DB, c.req.param("id") ?? "");
  return row ? { row, message: parseMime(row.raw) } : null;
}

export const devMailboxRoutes = new Hono<AppEnv>()
  .use(onlyInDevelopment)
  .get("/", async (c) => {
    const rows = await listDevMail(c.env.DB, 200);
    const table =
      rows.length === 0
        ? `<p>No messages yet.</p>\n`
        : `<table>\n<caption>Newest first</caption>\n<thead><tr><th scope="col">Time</th>` +
          `<th scope="col">To</th><th scope="col">Subject</th></tr></thead>\n<tbody>\n` +
          rows
            .map(
              (row) =>
                `<tr><td>${timeHtml(row.createdAt)}</td><td>${escapeHtml(row.recipient)}</td>` +
                `<td><a href="/dev/mailbox/${encodeURIComponent(row.id)}">` +
                `${escapeHtml(row.subject || "(no subject)")}</a></td></tr>\n`,
            )
            .join("") +
          `</tbody>\n</table>\n`;
    const body =
      `<h1>Dev mailbox</h1>\n<p>Messages the worker would have sent. Only in local development.</p>\n` +
      `<p><a href="/dev/run-jobs">Run the scheduled jobs as of a chosen time</a> ` +
      `(reminders, thank-yous with the feedback link, digests)</p>\n` +
      table +
      `<form method="post" action="/dev/mailbox/clear">` +
      `<button type="submit">Delete all messages</button></form>\n`;
    return page(c, "Messages", body);
  })
  .post("/clear", async (c) => {
    // A plain form post, which the browser's headers prove came from this page.
    assertSameOrigin(c, "Use the button on the dev mailbox page.");
    await clearDevMail(c.env.DB);
    return c.redirect("/dev/mailbox", 303);
  })
  .get("/:id", async (c) => {
    const found = await loadMessage(c);
    if (!found) return notFound(c);
    const { row, message } = found;
    const base = `/dev/mailbox/${encodeURIComponent(row.id)}`;
    const headers = Object.entries(shownHeaders)
      .filter(([name]) => message.headers[name] !== undefined)
      .map(
        ([name, label]) => `<dt>${label}</dt><dd>${escapeHtml(message.headers[name] ?? "")}</dd>\n`,
      )
      .join("");
    const links = linksIn(message.text);
    const attachments = message.attachments
      .map(
        (attachment, index) =>
          `<li><a href="${base}/attachments/${index}" download="${escapeHtml(attachment.filename)}">` +
          `Download ${escapeHtml(attachment.filename)}</a> (${escapeHtml(attachment.contentType)})</li>\n`,
      )
      .join("");
    const body =
      `<p><a href="/dev/mailbox">Back to all messages</a></p>\n` +
      `<h1>${escapeHtml(message.headers.subject ?? row.subject)}</h1>\n` +
      `<dl>\n${headers}<dt>Stored</dt><dd>${timeHtml(row.createdAt)}</dd>\n</dl>\n` +
      `<h2>As the recipient sees it</h2>\n` +
      `<iframe title="The message, HTML version" sandbox="allow-popups allow-popups-to-escape-sandbox" ` +
      `srcdoc="${escapeHtml(framedHtml(message.html))}"></iframe>\n` +
      `<h2>Links in the message</h2>\n` +
      (links.length > 0
        ? `<ul>\n${links
            .map((url) => `<li><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></li>\n`)
            .join("")}</ul>\n`
        : `<p>No links.</p>\n`) +
      `<h2>Attachments</h2>\n` +
      (attachments ? `<ul>\n${attachments}</ul>\n` : `<p>No attachments.</p>\n`) +
      `<h2>Plain-text version</h2>\n<pre>${escapeHtml(message.text)}</pre>\n` +
      `<p><a href="${base}/raw">Show the raw message (MIME)</a></p>\n`;
    return page(c, row.subject, body, inlineStyles(message.html));
  })
  .get("/:id/raw", async (c) => {
    const row = await findDevMail(c.env.DB, c.req.param("id"));
    if (!row) return notFound(c);
    return c.text(row.raw, 200);
  })
  .get("/:id/attachments/:index", async (c) => {
    const found = await loadMessage(c);
    const index = Number(c.req.param("index"));
    const attachment = Number.isInteger(index) ? found?.message.attachments[index] : undefined;
    if (!attachment) return notFound(c);
    const filename = attachment.filename.replace(/[^\w.\- ]/g, "_");
    return c.body(attachment.content, 200, {
      "Content-Type": attachment.contentType,
      "Content-Disposition": `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    });
  });
