import { css, nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import { eventPagePath, eventQrPath, shortLinkPath } from "../../../schema/rules/event-links.js";
import { html } from "../../shared/fallback-text.js";
import { AdminElement } from "../shared/admin-element.js";
import { editorStyles } from "./event-editor.styles.js";

type Copied = "page" | "short";

/**
 * Where organisers get an event's own page to share: its link and a short link for text
 * messages, each with a Copy button, and a QR code of the short link to show, print or download
 * (made by the worker, no outside service). A draft has no public page yet: it says so.
 *
 * @tag hearth-admin-share-panel
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSharePanel extends AdminElement {
  static override styles = [
    editorStyles,
    css`
      .copy-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      .copy-row input {
        flex: 1 1 16rem;
      }
      figure {
        margin: 0;
      }
      .qr {
        display: block;
        inline-size: 12rem;
        block-size: 12rem;
        background: #ffffff;
      }
    `,
  ];

  @property() org = "";
  /** The saved event. */
  @property({ attribute: false }) event: AdminEvent | undefined;

  @state() private status = "";

  override render() {
    const event = this.event;
    if (!event) return nothing;
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section class="share" aria-labelledby="share-title">
        <h2 id="share-title">${t("shareHeading")}</h2>
        ${event.status === "draft" ? html`<p class="notice">${t("sharePublishFirst")}</p>` : this.renderLinks(event)}
      </section>`,
    );
  }

  private renderLinks(event: AdminEvent) {
    const t = this.localize.t.bind(this.localize);
    const origin = location.origin;
    const page = `${origin}${eventPagePath(this.org, event.id)}`;
    const short = `${origin}${shortLinkPath(event.id)}`;
    const qr = eventQrPath(this.org, event.id);
    return html`${this.renderLink("page", t("shareEventPage"), t("shareCopyPage"), page)}
      ${this.renderLink("short", t("shareShortLink"), t("shareCopyShort"), short)}
      <p class="live notice" role="status">${this.status}</p>
      <figure>
        <img class="qr" src=${qr} alt=${t("shareQrAlt")} width="192" height="192" />
        <figcaption class="hint muted">${t("shareQrHint")}</figcaption>
      </figure>
      <p><a href=${qr} download=${`${event.id}-qr.svg`}>${t("shareQrDownload")}</a></p>`;
  }

  /** A link in a read-only field (one tap selects it all) beside its Copy button. */
  private renderLink(which: Copied, label: string, copy: string, link: string) {
    return html`<div class="field">
      <label for="share-${which}">${label}</label>
      <div class="copy-row">
        <input id="share-${which}" type="url" readonly dir="ltr" .value=${link} />
        <button
          type="button"
          class="button secondary small"
          @click=${() => void this.copy(which, link)}
        >
          ${copy}
        </button>
      </div>
    </div>`;
  }

  private async copy(which: Copied, link: string): Promise<void> {
    this.status = "";
    try {
      await navigator.clipboard.writeText(link);
      this.status = this.localize.t("shareCopied");
    } catch {
      // No clipboard (permissions, an old browser): the link is selected, to copy by hand.
      this.status = this.localize.t("shareCopyFailed");
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>(`#share-${which}`);
      field?.focus();
      field?.select();
    }
  }
}

/** Below the event's form, once it is saved: its page, short link and QR code. */
export function renderSharePanel(event: AdminEvent | undefined, org: string, locale: string) {
  if (!event) return nothing;
  return html`<hearth-admin-share-panel
    class="panel"
    lang=${locale}
    org=${org}
    .event=${event}
  ></hearth-admin-share-panel>`;
}
