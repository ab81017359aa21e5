import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";

/**
 * Copies the feed's address. Without clipboard access (an insecure page, a denied permission) the
 * field gets focus, its text selected, for the person to copy by hand; answers whether it copied.
 */
async function copyFeedUrl(root: ParentNode): Promise<boolean> {
  const input = root.querySelector<HTMLInputElement>(".feed-url");
  try {
    await navigator.clipboard.writeText(input?.value ?? "");
    return true;
  } catch {
    input?.focus();
    return false;
  }
}

/**
 * The private calendar feed: the URL to copy, a link to subscribe, and why to keep it private.
 * `onCopied` runs once the address is on the clipboard.
 */
export function renderFeed(url: string, localize: LocalizeController, onCopied: () => void) {
  const webcal = url.replace(/^https?:/, "webcal:");
  const copy = async (event: Event) => {
    const root = (event.currentTarget as Element).getRootNode() as ParentNode;
    if (await copyFeedUrl(root)) onCopied();
  };
  return html`<section part="feed" class="feed" aria-labelledby="feed-title">
    <h3 id="feed-title">${localize.t("volunteerFeed")}</h3>
    <p id="feed-hint" class="hint muted">${localize.t("volunteerFeedHint")}</p>
    <label class="visually-hidden" for="feed-url">${localize.t("volunteerFeed")}</label>
    <input
      part="input"
      id="feed-url"
      class="feed-url"
      readonly
      dir="ltr"
      .value=${url}
      aria-describedby="feed-hint"
      @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
    />
    <p class="links">
      <button type="button" part="button" class="button secondary copy" @click=${copy}>
        ${localize.t("volunteerCopy")}
      </button>
      <a part="button" class="button secondary" href=${webcal}>${localize.t("volunteerFeedAdd")}</a>
    </p>
  </section>`;
}
