import * as v from "valibot";

const pixels = /* @__NO_SIDE_EFFECTS__ */ (name: string) =>
  v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d{1,5}$/, `Use a whole number of pixels for ${name}, such as 600.`),
      v.transform(Number),
      v.minValue(1, `Use a whole number of pixels for ${name}, such as 600.`),
    ),
  );

/** `GET /oembed` (oEmbed 1.0, https://oembed.com): the page to embed and the room for it. */
export const oembedQuerySchema = v.object({
  url: v.pipe(
    v.string("Give the address of a Hearth events page or event page as url."),
    v.maxLength(2000, "Use an address of 2000 characters or fewer."),
    v.url("Give the address of a Hearth events page or event page as url."),
  ),
  /** Only `json` is answered; `xml` (and anything else) is 501, as oEmbed says. */
  format: v.optional(v.string()),
  maxwidth: pixels("maxwidth"),
  maxheight: pixels("maxheight"),
});

/** The answer: a "rich" oEmbed response whose `html` is an iframe of the embed page. */
export interface OembedResponse {
  version: "1.0";
  type: "rich";
  provider_name: "Hearth";
  provider_url: string;
  title: string;
  author_name: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}
