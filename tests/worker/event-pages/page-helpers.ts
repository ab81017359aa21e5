import { env } from "cloudflare:test";
import { issueFormToken } from "../../../worker/event-pages/form-token.js";
import { formBody, request } from "../helpers.js";

/** What `app.request` is served as: the page's own origin. */
export const pageOrigin = "http://localhost";

export interface Found {
  attributes: Record<string, string>;
  text: string;
}

/** HTMLRewriter hands out text and attributes as written: the five entities our pages use, read. */
export const decode = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The elements matching `selector`, read with workerd's own HTML parser (HTMLRewriter). */
export async function select(html: string, selector: string): Promise<Found[]> {
  const found: Found[] = [];
  const open: Found[] = [];
  await new HTMLRewriter()
    .on(selector, {
      element(element) {
        const attributes = [...element.attributes].map(([name, value]) => [
          name,
          decode(value ?? ""),
        ]);
        const item = { attributes: Object.fromEntries(attributes), text: "" };
        found.push(item);
        open.push(item);
        if (element.removed || !element.onEndTag) return;
        try {
          element.onEndTag(() => {
            open.splice(open.indexOf(item), 1);
          });
        } catch {
          open.splice(open.indexOf(item), 1); // a void element (input) has no end tag
        }
      },
    })
    .on("*", {
      text(chunk) {
        for (const item of open) item.text += chunk.text;
      },
    })
    .transform(new Response(html))
    .text();
  for (const item of found) item.text = decode(item.text).replace(/\s+/g, " ").trim();
  return found;
}

export async function selectOne(html: string, selector: string): Promise<Found> {
  const [first] = await select(html, selector);
  if (!first) throw new Error(`nothing matches ${selector}`);
  return first;
}

export async function getPage(path: string, headers: Record<string, string> = {}) {
  const response = await request(path, { headers });
  return { response, html: await response.text() };
}

/** A form token as the page gives it, `ageMs` ago (people take a few seconds to fill the form). */
export const oldToken = (ageMs = 10_000) =>
  issueFormToken(env.MANAGE_TOKEN_SECRET, Date.now() - ageMs);

/** Posts the page's form as a browser without JavaScript does. */
export function postForm(
  path: string,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
  bindings: Partial<Env> = {},
) {
  return request(
    path,
    {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: pageOrigin,
        ...headers,
      },
      body: formBody(fields).toString(),
    },
    bindings,
  );
}

/** gzip size of a text, as a browser would receive it compressed. */
export async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"));
  return (await new Response(stream).arrayBuffer()).byteLength;
}
