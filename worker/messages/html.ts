/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

/** Only web links become `href`s: an organiser's `javascript:` URL stays inert text. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

// Colours keep at least 4.5:1 against the client's own white or dark background; the dark-mode
// rule covers clients that honour it, and the rest keep their default text colours.
export const documentStyle =
  "body{margin:0;padding:16px;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;" +
  "font-size:17px;line-height:1.5}" +
  ".hearth{max-width:36em;margin:0 auto}" +
  "a{color:#0b57d0}" +
  ".button{display:inline-block;padding:12px 20px;margin:4px 0;border-radius:6px;" +
  "background:#0b57d0;color:#ffffff;font-weight:bold;text-decoration:none}" +
  ".code{font-size:1.5em;font-weight:bold;letter-spacing:0.1em}" +
  ".small{font-size:15px}" +
  // The feedback form's: one face per line with room to tap, and a full-width comment box.
  ".choice{display:block;padding:8px 0;min-height:24px}" +
  "textarea{box-sizing:border-box;width:100%}" +
  "@media (prefers-color-scheme:dark){a{color:#8ab4f8}.button{background:#8ab4f8;color:#000000}}";

/** One small, one-column document: language and direction on `<html>` and on the wrapper too. */
export function htmlDocument(options: {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  body: string;
}): string {
  const lang = escapeHtml(options.lang);
  return (
    `<!doctype html>\n<html lang="${lang}" dir="${options.dir}">\n<head>\n` +
    `<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="color-scheme" content="light dark">\n` +
    `<meta name="supported-color-schemes" content="light dark">\n` +
    `<title>${escapeHtml(options.title)}</title>\n` +
    `<style>${documentStyle}</style>\n</head>\n<body>\n` +
    `<div class="hearth" lang="${lang}" dir="${options.dir}">\n${options.body}</div>\n` +
    `</body>\n</html>\n`
  );
}
