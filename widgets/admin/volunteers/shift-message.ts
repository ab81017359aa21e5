import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import { messageShift } from "./volunteers-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { errorText, fieldErrorsOf } from "../shared/errors.js";
import { volunteersStyles } from "./volunteers.styles.js";

/** The server's limit on a shift message. */
export const shiftMessageMax = 1000;

/**
 * "Send a message to everyone on this shift", from the shift details panel. The server emails
 * the volunteers who gave an email; the rest are in the contact list beside it.
 *
 * @tag hearth-admin-shift-message
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminShiftMessage extends AdminElement {
  static override styles = volunteersStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  @property({ attribute: "shift-id" }) shiftId = "";

  @state() private message = "";
  @state() private error = "";
  @state() private busy = false;
  @state() private announcement = "";

  override render() {
    const t = this.localize.t.bind(this.localize);
    const error = this.error;
    return this.renderBase(
      html`<form class="shift-message" @submit=${this.onSubmit}>
        <div class="field">
          <label for="shift-message">${t("shiftMessageLabel")}</label>
          <textarea
            id="shift-message"
            name="message"
            rows="3"
            maxlength=${shiftMessageMax}
            required
            .value=${live(this.message)}
            @input=${(e: Event) => (this.message = (e.target as HTMLTextAreaElement).value)}
            aria-invalid=${error ? "true" : "false"}
            aria-describedby=${error ? "shift-message-error" : nothing}
          ></textarea>
          ${error ? html`<p id="shift-message-error" class="error">${error}</p>` : nothing}
        </div>
        <button type="submit" class="button small" ?disabled=${this.busy}>
          ${t("shiftMessageSend")}
        </button>
        <p class="live" role="status">${this.announcement}</p>
      </form>`,
    );
  }

  private async onSubmit(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const message = this.message.trim();
    if (!message || this.busy) return;
    this.busy = true;
    this.error = "";
    this.announcement = "";
    try {
      const { queued } = await messageShift(this.org, this.eventId, this.shiftId, message);
      this.message = "";
      this.announcement =
        queued === 0
          ? this.localize.t("shiftMessageNobody")
          : this.localize.plural("shiftMessageSent", queued);
    } catch (error) {
      const fields = fieldErrorsOf(error, this.localize);
      this.error = fields.message ?? errorText(error, this.localize);
      await this.focusOn("#shift-message");
    } finally {
      this.busy = false;
    }
  }
}
