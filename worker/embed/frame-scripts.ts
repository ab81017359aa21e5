/** Heights the host snippet accepts, in CSS pixels: anything else is not a page's height. */
export const frameHeightBounds = { min: 80, max: 20_000 } as const;

/**
 * The embed page's one inline script (allowed by its hash). In a frame it shows the widget instead
 * of the "open this on a website" explanation, and tells the host page its height whenever it
 * changes: as `{ type: "hearth:height", height, id }` for Hearth's host snippet (`id` is the
 * `frame` query parameter, for hosts that listen themselves), and in WordPress's own embed
 * message when WordPress gave the frame a `#?secret=` (its sandboxed oEmbed frames), so WordPress
 * resizes it too. Opened directly, or without JavaScript, the explanation stays.
 */
export const framePageScript = `(() => {
  if (window.top === window.self) return;
  const root = document.documentElement;
  root.classList.add("framed");
  const id = new URLSearchParams(location.search).get("frame") || "";
  const secret = (/[#&?]secret=([A-Za-z0-9]+)/.exec(location.hash) || [])[1];
  let last = 0;
  const tell = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    parent.postMessage({ type: "hearth:height", height, id }, "*");
    if (secret) parent.postMessage({ message: "height", value: height, secret }, "*");
  };
  addEventListener("DOMContentLoaded", () => new ResizeObserver(tell).observe(document.body));
})();`;

/**
 * `/embed/frame.js`, for host pages that allow one script: resizes each Hearth iframe to its
 * content. It believes only messages from Hearth's origin, about the frame that sent them, with a
 * height that is a number within bounds; it sets the height through the CSSOM, which a host's
 * strict `style-src` allows.
 */
export function hostSnippet(hearthOrigin: string): string {
  return `/* Hearth: fits Hearth iframes to their content. ${hearthOrigin}/embed/frame.js */
(() => {
  const origin = ${JSON.stringify(hearthOrigin)};
  addEventListener("message", (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.type !== "hearth:height") return;
    const height = data.height;
    if (typeof height !== "number" || !(height >= ${frameHeightBounds.min} && height <= ${frameHeightBounds.max})) return;
    for (const frame of document.getElementsByTagName("iframe")) {
      if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + "px";
    }
  });
})();
`;
}
