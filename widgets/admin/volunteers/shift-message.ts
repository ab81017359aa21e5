import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import { messageShift } from "./volunteers-api.js";
import { AdminElement } from "../shared/admin-element.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf } from "../shared/errors.js";
import { idFor } from "../shared/field.js";
import { hasWords, readLanguageFields, renderLanguageFields } from "../shared/language-fields.js";
import { volunteersStyles } from "./volunteers.styles.js";

/**
 * "Send a message to everyone on this shift", from the shift details panel, written in one or
 * several of the organisation's languages side by side. The server emails the volunteers who gave
 * an email, each in their language; the rest are in the contact list beside it.
 *
 * @tag hearth-admin-shift-message
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminShiftMessage extends AdminElement {
  static override styles = volunteersStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  @property({ attribute: "shift-id" }) shiftId = "";
  /** The organisation's content languages, default first. */
  @property({ attribute: false }) locales: readonly string[] = ["en"];

  @state() private message: Record<string, string> = {};
  @state() private errors: FieldErrors = {};
  @state() private busy = false;
  @state() private announcement = "";

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<form class="shift-message" novalidate @submit=${this.onSubmit}>
        ${renderLanguageFields({
          name: "message",
          legend: t("shiftMessageLabel"),
          hint: t("wordsInLanguagesHint", {
            language: this.localize.languageName(this.locales[0] ?? "en"),
          }),
          values: this.message,
          locales: this.locales,
          errors: this.errors,
          localize: this.localize,
          multiline: true,
        })}
        <button type="submit" class="button small" ?disabled=${this.busy}>
          ${t("shiftMessageSend")}
        </button>
        <p class="live" role="status">${this.announcement}</p>
      </form>`,
    );
  }

  private async onSubmit(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    if (this.busy) return;
    this.message = readLanguageFields(this.renderRoot, "message");
    this.announcement = "";
    if (!hasWords(this.message)) {
      this.errors = { message: this.localize.t("shiftMessageMissing") };
      await this.focusOn("textarea");
      return;
    }
    this.busy = true;
    this.errors = {};
    try {
      const { queued } = await messageShift(this.org, this.eventId, this.shiftId, this.message);
      this.message = {};
      this.announcement =
        queued === 0
          ? this.localize.t("shiftMessageNobody")
          : this.localize.plural("shiftMessageSent", queued);
    } catch (error) {
      const fields = fieldErrorsOf(error, this.localize);
      this.errors =
        Object.keys(fields).length > 0 ? fields : { message: errorText(error, this.localize) };
      const [first] = Object.keys(this.errors);
      await this.focusOn(first === "message" ? "textarea" : `#${idFor(first!)}`);
    } finally {
      this.busy = false;
    }
  }
}
