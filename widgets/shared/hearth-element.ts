import type { TemplateResult } from "lit";
import { LitElement } from "lit";
import { html } from "./fallback-text.js";
import { property } from "lit/decorators.js";
import type { HearthEventDetail, HearthEventName } from "./events.js";
import { publicCatalogues } from "../i18n/catalogues.js";
import type { Messages, PublicFeature } from "../i18n/messages.js";
import { LocalizeController } from "./localize.js";
import { ApiError } from "./api-client.js";

/**
 * What every Hearth widget shares: language and direction, the API override and typed events.
 * Subclasses render their content through `renderBase()` so `lang`/`dir` sit on one wrapper.
 */
export class HearthElement extends LitElement {
  /** UI language; then the page's `<html lang>`, the browser's languages, then English. */
  @property() override lang = "";

  /** Origin of the Hearth API, when it differs from the origin embed.js was loaded from. */
  @property() api = "";

  /** The catalogues this widget's strings come from; only these load, in the reader's language. */
  static features: readonly PublicFeature[] = ["common"];

  protected readonly localize = new LocalizeController<Messages>(
    this,
    publicCatalogues((this.constructor as typeof HearthElement).features),
  );

  /* Waiting here for the language bundle means the first paint is already in the right language. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.localize.prepare();
    super.scheduleUpdate();
  }

  protected emit<K extends HearthEventName>(type: K, detail: HearthEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected renderBase(content: unknown): TemplateResult {
    return html`<div part="base" class="base" lang=${this.localize.locale} dir=${this.localize.dir}>
      ${content}
    </div>`;
  }

  protected get apiOverride(): string | undefined {
    return this.api || undefined;
  }

  /**
   * For a task's failures: lets the host page log or react (`hearth-error` with the status and
   * code), then rethrows so the widget shows its own message.
   */
  protected readonly reportError = (error: unknown): never => {
    if (error instanceof ApiError) {
      this.emit("hearth-error", { status: error.status, code: error.code });
    }
    throw error;
  };

  /** After a refusal: focus the first field, in form order, that has an error. */
  protected async focusFirstInvalid(
    order: readonly string[],
    errors: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    await this.updateComplete;
    const first = order.find((name) => errors[name]);
    if (!first) return;
    this.renderRoot
      .querySelector<HTMLElement>(`[name="${first}"]:not([type="hidden"]):not(:disabled)`)
      ?.focus();
  }
}
