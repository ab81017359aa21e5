import { live } from "lit/directives/live.js";
import { query, state } from "lit/decorators.js";
import type { EditScope } from "../../../schema/contracts/series.js";
import { editScopes } from "../../../schema/contracts/series.js";
import { html } from "../../shared/fallback-text.js";
import { AdminElement } from "../shared/admin-element.js";
import { editorStyles } from "./event-editor.styles.js";
import { seriesStyles } from "./series.styles.js";

const scopeKeys = {
  this: "scopeThis",
  following: "scopeFollowing",
  all: "scopeAll",
} as const satisfies Record<EditScope, string>;

/**
 * Asks, before a date of a series is saved, which dates the change is for, as calendar apps do:
 * only this date (chosen to begin with), this and the following dates, or all dates.
 *
 * @tag hearth-admin-edit-scope-dialog
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminEditScopeDialog extends AdminElement {
  static override styles = [editorStyles, seriesStyles];

  @state() private scope: EditScope = "this";
  @query("dialog") private dialog!: HTMLDialogElement;
  /** Settles the open question: a scope once saved, null when the person went back. */
  private answer: ((scope: EditScope | null) => void) | undefined;

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<dialog aria-labelledby="scope-title" @close=${this.onClose}>
        <form novalidate @submit=${this.onSubmit}>
          <h2 id="scope-title">${t("scopeTitle")}</h2>
          <fieldset class="plain radio-group" aria-labelledby="scope-title">
            ${editScopes.map(
              (scope) =>
                html`<label class="choice">
                  <input
                    type="radio"
                    name="scope"
                    value=${scope}
                    .checked=${live(this.scope === scope)}
                    @change=${() => (this.scope = scope)}
                  />
                  ${t(scopeKeys[scope])}
                </label>`,
            )}
          </fieldset>
          <p class="hint muted">${t("scopeHint")}</p>
          <div class="actions">
            <button class="button" type="submit">${t("save")}</button>
            <button class="button secondary" type="button" @click=${() => this.dialog.close()}>
              ${t("back")}
            </button>
          </div>
        </form>
      </dialog>`,
    );
  }

  /** Opens the question; resolves with the chosen dates, or null when the person goes back. */
  async ask(): Promise<EditScope | null> {
    await this.updateComplete;
    this.answer?.(null);
    this.scope = "this";
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private settle(scope: EditScope | null): void {
    const answer = this.answer;
    this.answer = undefined;
    answer?.(scope);
  }

  private onClose(): void {
    this.settle(null);
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const scope = this.scope;
    this.settle(scope);
    this.dialog.close();
  }
}
