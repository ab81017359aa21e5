import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, query, state } from "lit/decorators.js";
import type { AdminApplication } from "../../../schema/contracts/admin/festivals.js";
import type { ApplicationDecision } from "./festival-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { renderField } from "../shared/field.js";
import { festivalStyles } from "./festival.styles.js";

/**
 * Asks for the message sent to a cook with a decision, starting from a suggestion for that
 * decision that the organiser can change or clear.
 *
 * @tag hearth-admin-decision-dialog
 *
 * @fires hearth-admin-decision - The organiser confirmed. `detail.status`, `detail.message`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminDecisionDialog extends AdminElement {
  static override styles = festivalStyles;

  /** The application being decided. */
  @property({ attribute: false }) application: AdminApplication | undefined;
  @property() status: ApplicationDecision = "approved";
  /** Why the last attempt failed, set by the page. */
  @property() error = "";
  @property({ type: Boolean }) busy = false;

  @state() private message = "";
  @query("dialog") private dialog!: HTMLDialogElement;

  override render() {
    const t = this.localize.t.bind(this.localize);
    const name = this.application?.displayName ?? "";
    const language = this.application ? this.localize.languageName(this.application.locale) : "";
    return this.renderBase(
      html`<dialog aria-labelledby="decision-title" @close=${() => (this.error = "")}>
        <form novalidate @submit=${this.onSubmit}>
          <h2 id="decision-title">${t(`decisionTitle_${this.status}`, { name })}</h2>
          <p>${t("decisionText", { language })}</p>
          ${renderField({
            name: "message",
            label: t("decisionMessage"),
            hint: t("decisionMessageHint"),
            value: this.message,
            multiline: true,
          })}
          <button type="button" class="button link suggestion" @click=${this.useSuggestion}>
            ${t("useSuggestion")}
          </button>
          ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
          <div class="actions">
            <button class="button" type="submit" ?disabled=${this.busy}>
              ${t(`decisionConfirm_${this.status}`)}
            </button>
            <button class="button secondary" type="button" @click=${() => this.dialog.close()}>
              ${t("back")}
            </button>
          </div>
        </form>
      </dialog>`,
    );
  }

  /** Opens with the suggestion for the chosen decision in the message field. */
  async open(): Promise<void> {
    this.message = this.suggestion;
    await this.updateComplete;
    this.error = "";
    this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  private get suggestion(): string {
    return this.localize.t(`decisionSuggestion_${this.status}`, {
      name: this.application?.displayName ?? "",
    });
  }

  private readonly useSuggestion = () => {
    this.message = this.suggestion;
    this.renderRoot.querySelector("textarea")!.value = this.message;
  };

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.message = this.renderRoot.querySelector("textarea")!.value.trim();
    this.emit("hearth-admin-decision", { status: this.status, message: this.message });
  }
}
