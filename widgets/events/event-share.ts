import type { PropertyDeclarations } from "lit";
import { html, LitElement } from "lit";
import type { ShareWords as LinkWords } from "../shared/share-link.js";
import { shareLink } from "../shared/share-link.js";

/** The words of the Share button, in the reader's language (the host widget's strings). */
export interface ShareWords extends LinkWords {
  share: string;
}

/**
 * Shares an event's own page: the phone's share sheet (Web Share API) where there is one, else
 * the link copied to the clipboard, said in a status message. Drawn into the host widget's own
 * shadow root (no shadow root of its own), so it takes the widget's button styles and theme.
 *
 * @tag hearth-event-share
 */
export class HearthEventShare extends LitElement {
  static override properties: PropertyDeclarations = {
    url: {},
    eventTitle: { attribute: false },
    words: { attribute: false },
    status: { state: true },
  };

  /** The event page's address. */
  url = "";

  /** The event's title, for the share sheet. */
  eventTitle = "";

  words: ShareWords = { share: "", copied: "", copyFailed: "" };

  private status = "";

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render() {
    return html`<button
        type="button"
        part="button"
        class="button secondary share"
        @click=${() => void this.share()}
      >
        ${this.words.share}
      </button>
      <span class="share-status" role="status">${this.status}</span>`;
  }

  private async share(): Promise<void> {
    this.status = "";
    this.status = await shareLink(this.url, this.eventTitle, this.words);
  }
}
