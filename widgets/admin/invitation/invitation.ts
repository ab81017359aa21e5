import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { InvitationPreviewResponse } from "../../../schema/contracts/admin/team.js";
import { acceptInvitation, getInvitation } from "../app/session-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { adminStyles } from "../shared/admin.styles.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf, renderLoading } from "../shared/errors.js";
import { renderField } from "../shared/field.js";

type Preview = InvitationPreviewResponse["invitation"];

/**
 * Accepting an invitation to join an organisation's team: a name and password for a new
 * account, the password for an existing one.
 *
 * @tag hearth-admin-invitation
 *
 * @fires hearth-admin-signed-in - The invitation was accepted and the person is signed in.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminInvitation extends AdminElement {
  static override styles = adminStyles;

  /** The secret token from the invitation link. */
  @property() token = "";

  @state() private displayName = "";
  @state() private password = "";
  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  @state() private sending = false;

  private readonly previewTask = new Task(this, {
    task: async ([token], { signal }) => (await getInvitation(token, signal)).invitation,
    args: () => [this.token] as const,
  });

  override render() {
    return this.renderBase(
      this.previewTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (preview) => this.renderForm(preview),
        error: () =>
          html`<div class="alert" role="alert"><p>${this.localize.t("errorInvitation")}</p></div>`,
      }),
    );
  }

  private renderForm(preview: Preview) {
    const t = this.localize.t.bind(this.localize);
    return html`<form
      novalidate
      @submit=${(e: SubmitEvent) => this.onSubmit(e, preview)}
      @input=${this.onInput}
    >
      <h1 tabindex="-1">${t("invitationTitle", { organisation: preview.organisationName })}</h1>
      <p>${t("invitationFor", { email: preview.email, role: t(`role_${preview.role}`) })}</p>
      <div class="live error form-error" role="alert" tabindex="-1">${this.formError}</div>
      ${
        preview.accountExists
          ? nothing
          : renderField({
              name: "displayName",
              label: t("yourName"),
              value: this.displayName,
              autocomplete: "name",
              error: this.errors.displayName,
            })
      }
      ${renderField({
        name: "password",
        type: "password",
        label: t(preview.accountExists ? "password" : "newPassword"),
        hint: preview.accountExists ? undefined : t("newPasswordHint"),
        value: this.password,
        autocomplete: preview.accountExists ? "current-password" : "new-password",
        error: this.errors.password,
      })}
      <button class="button" type="submit" ?disabled=${this.sending}>
        ${t("acceptInvitation")}
      </button>
    </form>`;
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name === "displayName") this.displayName = input.value;
    if (input.name === "password") this.password = input.value;
  }

  private async onSubmit(event: SubmitEvent, preview: Preview): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.sending = true;
    this.formError = "";
    try {
      const me = await acceptInvitation(this.token, {
        ...(preview.accountExists ? {} : { displayName: this.displayName.trim() }),
        password: this.password,
        locale: this.localize.locale,
      });
      this.emit("hearth-admin-signed-in", me);
    } catch (error) {
      this.errors = fieldErrorsOf(error, this.localize);
      this.formError = errorText(error, this.localize);
      // The first field to fix, or what went wrong when no field did.
      await this.updateComplete;
      (
        this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        this.renderRoot.querySelector<HTMLElement>(".form-error")
      )?.focus();
    } finally {
      this.sending = false;
    }
  }
}
