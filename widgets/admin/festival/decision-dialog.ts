import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, query, state } from "lit/decorators.js";
import type { AdminApplication } from "../../../schema/contracts/admin/festivals.js";
import type { ApplicationDecision } from "./festival-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { eachOnce, readLanguageFields, renderLanguageFields } from "../shared/language-fields.js";
import { festivalStyles } from "./festival.styles.js";

/**
 * Asks for the message sent to a cook with a decision, starting from a suggestion for that
 * decision (in the dashboard's language) that the organiser can change or clear, with a field for
 * the cook's own language and the organisation's default beside it.
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
  /** The organisation's default language: what the cook reads when their own is left empty. */
  @property({ attribute: "default-locale" }) defaultLocale = "en";

  @state() private message: Record<string, string> = {};
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
          ${renderLanguageFields({
            name: "message",
            legend: t("decisionMessage"),
            hint: `${t("decisionMessageHint")} ${t("wordsInLanguagesHint", {
              language: this.localize.languageName(this.defaultLocale),
            })}`,
            values: this.message,
            locales: this.locales,
            errors: {},
            localize: this.localize,
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

  /** The cook's language first, then the organiser's own, then the organisation's default. */
  private get locales(): string[] {
    return eachOnce([this.application?.locale ?? "", this.localize.locale, this.defaultLocale]);
  }

  /** Opens with the suggestion for the chosen decision in the organiser's language. */
  async open(): Promise<void> {
    this.message = { [this.localize.locale]: this.suggestion };
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
    this.message = {
      ...readLanguageFields(this.renderRoot, "message"),
      [this.localize.locale]: this.suggestion,
    };
  };

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.message = readLanguageFields(this.renderRoot, "message");
    this.emit("hearth-admin-decision", { status: this.status, message: this.message });
  }
}
