import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { setPageHeaders } from "../http/security-headers.js";
import { blocksToHtml } from "../messages/blocks.js";
import { documentStyle, htmlDocument } from "../messages/html.js";
import { loadMessageCatalogues, localize } from "../messages/localize.js";
import { readerLanguage } from "../http/reader-language.js";

/**
 * An embed or list page for an organisation or event Hearth does not have: a plain page in the
 * reader's language (a person may see it), never the API's JSON.
 */
export async function notFoundPage(c: Context<AppEnv>, organisationDefault = "en") {
  await loadMessageCatalogues();
  const l = localize(readerLanguage(c, organisationDefault).locale, organisationDefault);
  const title = l.t("embedNotFoundTitle");
  await setPageHeaders(c, [documentStyle]);
  c.header("Vary", "Accept-Language");
  return c.html(
    htmlDocument({
      lang: l.locale,
      dir: l.dir,
      title,
      body: blocksToHtml([
        { type: "heading", text: title },
        { type: "paragraph", text: l.t("embedNotFoundBody") },
      ]),
    }),
    404,
  );
}
