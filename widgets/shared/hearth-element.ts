import { property } from "lit/decorators.js";
import type { HearthEventMap } from "./events.js";
import { publicCatalogues } from "../i18n/catalogues.js";
import type { Messages, PublicFeature } from "../i18n/messages.js";
import { LocalizeController } from "./localize.js";
import { LocalizedElement } from "./localized-element.js";
import { ApiError } from "./api-client.js";

/**
 * A public widget: the shared base with the public catalogues (only the features this widget
 * names), the API override and a way to tell the host page about failures.
 */
export class HearthElement extends LocalizedElement<HearthEventMap> {
  /** Origin of the Hearth API, when it differs from the origin embed.js was loaded from. */
  @property() api = "";

  /** The catalogues this widget's strings come from; only these load, in the reader's language. */
  static features: readonly PublicFeature[] = ["common"];

  protected readonly localize = new LocalizeController<Messages>(
    this,
    publicCatalogues((this.constructor as typeof HearthElement).features),
  );

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
}
