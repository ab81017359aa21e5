import type { TemplateResult, PropertyDeclarations } from "lit";
import { LitElement } from "lit";
import { html } from "./fallback-text.js";

/** What the base needs of a language controller: the public widgets' and the dashboard's. */
interface LanguageOfElement {
  readonly locale: string;
  readonly dir: string;
  prepare(): Promise<void>;
}

type DetailOf<E> = E extends CustomEvent<infer D> ? D : never;

/**
 * What every Hearth element shares, public widget and dashboard view alike: language and
 * direction (the first paint is already in the reader's language), typed events, one wrapper
 * carrying `lang`/`dir`, and moving focus after a render. What differs is injected by the
 * subclass: its language controller (which catalogues, which words) and its map of events.
 */
export abstract class LocalizedElement<Events extends object> extends LitElement {
  static override properties: PropertyDeclarations = {
    lang: {},
  };
  /** UI language; then the page's `<html lang>`, the browser's languages, then a fallback. */
  override lang = "";

  protected abstract readonly localize: LanguageOfElement;

  /* Waiting here for the language's catalogue means the first paint is already in that language. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.localize.prepare();
    super.scheduleUpdate();
  }

  protected emit<K extends keyof Events & string>(type: K, detail: DetailOf<Events[K]>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected renderBase(content: unknown): TemplateResult {
    return html`<div part="base" class="base" lang=${this.localize.locale} dir=${this.localize.dir}>
      ${content}
    </div>`;
  }

  /** Moves focus to an element of this view once it has rendered, e.g. a heading or an error. */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** After a refusal: focus the first field, in form order, that has an error. */
  protected async focusFirstInvalid(
    order: readonly string[],
    errors: Readonly<Record<string, unknown>>,
  ): Promise<void> {
    const first = order.find((name) => errors[name]);
    if (first) await this.focusOn(`[name="${first}"]:not([type="hidden"]):not(:disabled)`);
  }
}
