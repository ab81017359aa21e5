import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, query, state } from "lit/decorators.js";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import { getRosterPages } from "../roster/roster-api.js";
import { renderPhoneList } from "../roster/phone-list.js";
import { AdminElement } from "../shared/admin-element.js";
import { adminStyles } from "../shared/admin.styles.js";
import {
  eachOnce,
  hasWords,
  readLanguageFields,
  renderLanguageFields,
} from "../shared/language-fields.js";

/**
 * Asks for the message sent to everyone signed up before an event is cancelled, in as many
 * languages as the organiser can write (each person gets theirs; the number of people reading
 * each language is shown beside it), and lists who gave only a phone number: the message will
 * not reach them, so someone must phone them. A date of a series is cancelled on its own: the
 * dialog says that only its people are told.
 *
 * @tag hearth-admin-cancel-event-dialog
 *
 * @fires hearth-admin-cancel-event - The organiser confirmed. `detail.message`: language → words.
 */
export class HearthAdminCancelEventDialog extends AdminElement {
  static override styles = adminStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  /** The organisation's content languages, default first. */
  @property({ attribute: false }) locales: readonly string[] = ["en"];
  /** The event is one date of a series. */
  @property({ type: Boolean, attribute: "in-series" }) inSeries = false;

  @state() private message: Record<string, string> = {};
  @state() private entries: readonly RosterEntry[] = [];
  @state() private error = "";
  @query("dialog") private dialog!: HTMLDialogElement;

  override render() {
    const t = this.localize.t.bind(this.localize);
    const readers = this.readers;
    return this.renderBase(
      html`<dialog aria-labelledby="cancel-title" @close=${this.onClose}>
        <form novalidate @submit=${this.onSubmit}>
          <h2 id="cancel-title">${t("cancelEventTitle")}</h2>
          <p>${t("cancelEventText")}</p>
          ${this.inSeries ? html`<p class="series-note">${t("cancelSeriesDate")}</p>` : nothing}
          ${renderLanguageFields({
            name: "message",
            legend: t("cancelMessage"),
            hint: t("wordsInLanguagesHint", {
              language: this.localize.languageName(this.locales[0] ?? "en"),
            }),
            values: this.message,
            // The organisation's languages, then any other the people signed up read.
            locales: eachOnce(this.locales, Object.keys(readers)),
            errors: this.error ? { message: this.error } : {},
            localize: this.localize,
            multiline: true,
            hintFor: (locale) =>
              readers[locale] ? this.localize.plural("wordsReaders", readers[locale]) : undefined,
          })}
          ${renderPhoneList(this.entries, this.localize)}
          <div class="actions">
            <button class="button danger" type="submit">${t("cancelEventConfirm")}</button>
            <button class="button secondary" type="button" @click=${() => this.dialog.close()}>
              ${t("keepEvent")}
            </button>
          </div>
        </form>
      </dialog>`,
    );
  }

  async open(): Promise<void> {
    await this.updateComplete;
    this.error = "";
    this.dialog.showModal();
    if (this.org && this.eventId) {
      // Without the list the dialog still works: the phone list is help, not a gate.
      this.entries = await getRosterPages(this.org, this.eventId, {})
        .then((roster) => roster.entries)
        .catch(() => []);
    }
  }

  /** How many people the message reaches, per language they read. */
  private get readers(): Record<string, number> {
    const readers: Record<string, number> = {};
    for (const entry of this.entries) {
      if (entry.status === "cancelled" || !entry.email) continue;
      readers[entry.locale] = (readers[entry.locale] ?? 0) + 1;
    }
    return readers;
  }

  close(): void {
    this.dialog.close();
  }

  private onClose(): void {
    this.error = "";
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.message = readLanguageFields(this.renderRoot, "message");
    if (!hasWords(this.message)) {
      this.error = this.localize.t("cancelMessageMissing");
      this.renderRoot.querySelector("textarea")!.focus();
      return;
    }
    this.emit("hearth-admin-cancel-event", { message: this.message });
  }
}
