import { html } from "../../shared/fallback-text.js";
import { property, query, state } from "lit/decorators.js";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import { getRoster } from "../admin-api.js";
import { renderPhoneList } from "../roster/phone-list.js";
import { AdminElement } from "../shared/admin-element.js";
import { adminStyles } from "../shared/admin.styles.js";
import { renderField } from "../shared/field.js";

/**
 * Asks for the message sent to everyone signed up before an event is cancelled, and lists who
 * gave only a phone number: the message will not reach them, so someone must phone them.
 *
 * @tag hearth-admin-cancel-event-dialog
 *
 * @fires hearth-admin-cancel-event - The organiser confirmed. `detail.message`.
 */
export class HearthAdminCancelEventDialog extends AdminElement {
  static override styles = adminStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";

  @state() private message = "";
  @state() private entries: readonly RosterEntry[] = [];
  @state() private error = "";
  @query("dialog") private dialog!: HTMLDialogElement;

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<dialog aria-labelledby="cancel-title" @close=${this.onClose}>
        <form novalidate @submit=${this.onSubmit}>
          <h2 id="cancel-title">${t("cancelEventTitle")}</h2>
          <p>${t("cancelEventText")}</p>
          ${renderField({
            name: "message",
            label: t("cancelMessage"),
            value: this.message,
            multiline: true,
            error: this.error,
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
      this.entries = await getRoster(this.org, this.eventId, {})
        .then((roster) => roster.entries)
        .catch(() => []);
    }
  }

  close(): void {
    this.dialog.close();
  }

  private onClose(): void {
    this.error = "";
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const textarea = this.renderRoot.querySelector("textarea")!;
    this.message = textarea.value.trim();
    if (!this.message) {
      this.error = this.localize.t("cancelMessageMissing");
      textarea.focus();
      return;
    }
    this.emit("hearth-admin-cancel-event", { message: this.message });
  }
}
