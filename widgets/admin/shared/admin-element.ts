import type { TemplateResult } from "lit";
import { LitElement } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property } from "lit/decorators.js";
import type { AdminEventDetail, AdminEventName } from "./admin-events.js";
import { dashboardCatalogue } from "../../i18n/catalogues.js";
import { AdminLocalizeController } from "./admin-localize.js";

/**
 * What every dashboard element shares, like `HearthElement` for the public widgets: language and
 * direction, and typed events. Content goes through `renderBase()` so `lang`/`dir` sit on one wrapper.
 */
export class AdminElement extends LitElement {
  /** Dashboard language; falls back to the page's `<html lang>`, then English. */
  @property() override lang = "";

  protected readonly localize = new AdminLocalizeController(this, dashboardCatalogue);

  private reportedHeading: { element: HTMLElement; text: string } | undefined;

  constructor() {
    super();
    this.addController({ hostUpdated: () => this.reportHeading() });
  }

  /* Waiting here for the language's catalogue means the first paint is already in that language. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.localize.prepare();
    super.scheduleUpdate();
  }

  protected emit<K extends AdminEventName>(type: K, detail: AdminEventDetail<K>): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  protected renderBase(content: unknown): TemplateResult {
    return html`<div part="base" class="base" lang=${this.localize.locale} dir=${this.localize.dir}>
      ${content}
    </div>`;
  }

  /** A view's h1 names the page: tells the dashboard when it appears or its words change. */
  private reportHeading(): void {
    const element = this.renderRoot.querySelector<HTMLElement>("h1");
    const text = element?.textContent?.replace(/\s+/g, " ").trim() ?? "";
    if (!element || !text) return;
    if (element === this.reportedHeading?.element && text === this.reportedHeading.text) return;
    this.reportedHeading = { element, text };
    this.emit("hearth-admin-view-heading", { heading: element, text });
  }

  /** Moves focus to an element of this view once it has rendered, e.g. a heading or an error. */
  protected async focusOn(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
