import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { MessageKey } from "../i18n/messages.js";
import { ApiError } from "./api-client.js";
import type { ErrorMessage } from "./error-message.js";
import { errorMessage } from "./error-message.js";
import { html } from "./fallback-text.js";
import { errorRegion } from "./live-regions.js";
import type { LocalizeController } from "./localize.js";

/** What a manage page lets a person do with their own data, and what erasing it means there. */
export interface PersonalDataActions {
  /** Everything held about the person, as the server's export answers it. */
  exportData(): Promise<unknown>;
  /** The name the download is saved under. */
  fileName(): string;
  /** Erases the person's data; resolves once the server has done it. */
  erase(): Promise<void>;
  /** The confirm step's words: what erasing cancels and deletes on this page. */
  confirmKey: MessageKey;
  /** A refused or failed request, for the host to report (`hearth-error`). */
  onError(error: ApiError): void;
}

type Phase = "idle" | "confirming" | "erasing";

interface Host extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * "Your data" on a manage page (a cook's application, a volunteer's schedule): download a copy of
 * everything held, or erase it after a confirm step that says what will happen. The host renders
 * `render()` where the section belongs and includes `personalDataStyles`.
 */
export class PersonalDataController implements ReactiveController {
  private phase: Phase = "idle";
  private downloading = false;
  private error: ErrorMessage | undefined;

  constructor(
    private readonly host: Host,
    private readonly localize: LocalizeController,
    private readonly actions: PersonalDataActions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(headingLevel: 2 | 3 = 2) {
    const t = (key: MessageKey) => this.localize.t(key);
    const title =
      headingLevel === 2
        ? html`<h2 id="my-data-title">${t("myDataHeading")}</h2>`
        : html`<h3 id="my-data-title">${t("myDataHeading")}</h3>`;
    return html`<section part="my-data" class="my-data panel" aria-labelledby="my-data-title">
      ${title}
      <p class="muted">${t("myDataHint")}</p>
      ${errorRegion(this.localize, this.error)}
      ${this.phase === "idle" ? this.renderButtons() : this.renderConfirm()}
    </section>`;
  }

  private renderButtons() {
    const t = (key: MessageKey) => this.localize.t(key);
    return html`<div class="actions">
      <button
        type="button"
        part="button"
        class="button secondary download"
        ?disabled=${this.downloading}
        @click=${() => void this.download()}
      >
        ${t(this.downloading ? "loading" : "download")}
      </button>
      <button
        type="button"
        part="button"
        class="button danger erase"
        @click=${() => void this.askToConfirm()}
      >
        ${t("erase")}
      </button>
    </div>`;
  }

  private renderConfirm() {
    const t = (key: MessageKey) => this.localize.t(key);
    const busy = this.phase === "erasing";
    return html`<div class="confirm" role="group" aria-labelledby="erase-confirm-text">
      <p id="erase-confirm-text" class="erase-confirm-text" tabindex="-1">
        ${t(this.actions.confirmKey)}
      </p>
      <div class="actions">
        <button
          type="button"
          part="button"
          class="button danger"
          ?disabled=${busy}
          @click=${() => void this.erase()}
        >
          ${t(busy ? "loading" : "eraseYes")}
        </button>
        <button
          type="button"
          part="button"
          class="button secondary"
          ?disabled=${busy}
          @click=${() => void this.keep()}
        >
          ${t("keep")}
        </button>
      </div>
    </div>`;
  }

  private update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }

  /** "Erase my data" pressed: its confirm step. */
  async askToConfirm(): Promise<void> {
    this.update(() => {
      this.phase = "confirming";
      this.error = undefined;
    });
    await this.host.updateComplete;
    this.renderRoot().querySelector<HTMLElement>(".erase-confirm-text")?.focus();
  }

  private async keep(): Promise<void> {
    this.update(() => (this.phase = "idle"));
    await this.host.updateComplete;
    this.renderRoot().querySelector<HTMLElement>(".erase")?.focus();
  }

  private async erase(): Promise<void> {
    this.update(() => (this.phase = "erasing"));
    try {
      await this.actions.erase();
      this.update(() => (this.phase = "idle"));
    } catch (error) {
      this.update(() => (this.phase = "confirming"));
      this.fail(error);
    }
  }

  /** The person's own copy, from the server: everything held, not only what this page shows. */
  /** "Download my data" pressed: the export, saved as a file. */
  async download(): Promise<void> {
    this.update(() => {
      this.downloading = true;
      this.error = undefined;
    });
    try {
      const data = await this.actions.exportData();
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: "application/json" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = this.actions.fileName();
      this.renderRoot().appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } catch (error) {
      this.fail(error);
    } finally {
      this.update(() => (this.downloading = false));
    }
  }

  private fail(error: unknown): void {
    if (!(error instanceof ApiError)) throw error;
    this.update(() => (this.error = errorMessage(error)));
    this.actions.onError(error);
  }

  private renderRoot(): HTMLElement | DocumentFragment {
    return this.host.renderRoot;
  }
}
