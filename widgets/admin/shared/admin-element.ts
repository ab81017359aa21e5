import type { AdminEventMap } from "./admin-events.js";
import { dashboardCatalogue } from "../../i18n/catalogues.js";
import { LocalizedElement } from "../../shared/localized-element.js";
import { AdminLocalizeController } from "./admin-localize.js";

/**
 * A dashboard view: the shared base with the dashboard's catalogue and words, and its h1 reported
 * to the dashboard so the page title and focus follow the view.
 */
export class AdminElement extends LocalizedElement<AdminEventMap> {
  protected readonly localize = new AdminLocalizeController(this, dashboardCatalogue);

  private reportedHeading: { element: HTMLElement; text: string } | undefined;

  constructor() {
    super();
    this.addController({ hostUpdated: () => this.reportHeading() });
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
}
