import type { PropertyDeclarations } from "lit";
import type { HearthEventMap } from "./events.js";
import type { CatalogueSource } from "../i18n/catalogues.js";
import type { Messages } from "../i18n/messages.js";
import { LocalizeController } from "./localize.js";
import { LocalizedElement } from "./localized-element.js";
import { ApiError } from "./api-client.js";

/**
 * A public widget: the shared base with the widget's strings (in the reader's language only), the
 * API override and a way to tell the host page about failures.
 */
export class HearthElement extends LocalizedElement<HearthEventMap> {
  static override properties: PropertyDeclarations = {
    api: {},
  };
  /** Origin of the Hearth API, when it differs from the origin embed.js was loaded from. */
  api = "";

  /**
   * Where this widget's strings come from: each widget imports its own
   * (`virtual:hearth-strings/<features>`), only the keys its code uses, a file per language.
   */
  static strings: CatalogueSource;

  protected readonly localize = new LocalizeController<Messages>(
    this,
    (this.constructor as typeof HearthElement).strings,
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
