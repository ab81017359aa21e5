import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import { ApiError } from "../../shared/api-client.js";
import { RateLimitedError } from "../admin-api.js";
import { signIn } from "../app/session-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { adminStyles } from "../shared/admin.styles.js";
import { errorText } from "../shared/errors.js";
import { renderField } from "../shared/field.js";

/**
 * Email and password sign-in, on its own page or inside the "session ended" dialog.
 *
 * @tag hearth-admin-sign-in
 *
 * @fires hearth-admin-signed-in - The person signed in. `detail` is the MeResponse.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSignIn extends AdminElement {
  static override styles = adminStyles;

  /** `expired`: the session ended mid-task; the form says their work is kept. */
  @property() reason: "start" | "expired" = "start";

  @state() private email = "";
  @state() private password = "";
  @state() private error = "";
  @state() private sending = false;

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<form novalidate @submit=${this.onSubmit} @input=${this.onInput}>
        ${
          this.reason === "expired"
            ? html`<p>${t("sessionExpired")}</p>`
            : html`<h1 id="sign-in-title" tabindex="-1">${t("signInTitle")}</h1>`
        }
        <div class="live error sign-in-error" role="alert" tabindex="-1">${this.error}</div>
        ${renderField({ name: "email", type: "email", label: t("email"), value: this.email, autocomplete: "username" })}
        ${renderField({ name: "password", type: "password", label: t("password"), value: this.password, autocomplete: "current-password" })}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.sending}>
            ${t(this.sending ? "signingIn" : "signIn")}
          </button>
          ${
            this.reason === "expired"
              ? html`<button class="button secondary" type="button" @click=${this.dismiss}>
                  ${t("notNow")}
                </button>`
              : nothing
          }
        </div>
      </form>`,
    );
  }

  /** Clears the password after use, so a shared tablet doesn't keep it in the form. */
  reset(): void {
    this.password = "";
    this.error = "";
  }

  private onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.name === "email") this.email = input.value;
    if (input.name === "password") this.password = input.value;
  }

  private readonly dismiss = () => this.emit("hearth-admin-sign-in-dismissed", {});

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    if (!this.email || !this.password) {
      this.error = this.localize.t("signInMissing");
      await this.focusOn(".sign-in-error");
      return;
    }
    this.sending = true;
    this.error = "";
    try {
      const me = await signIn(this.email.trim(), this.password);
      this.reset();
      this.emit("hearth-admin-signed-in", me);
    } catch (error) {
      if (error instanceof RateLimitedError) {
        const minutes = Math.max(1, Math.ceil(error.retryAfterSeconds / 60));
        this.error = this.localize.plural("tooManyAttempts", minutes);
      } else if (error instanceof ApiError && error.code === "invalid_credentials") {
        this.error = this.localize.t("invalidCredentials");
      } else {
        this.error = errorText(error, this.localize);
      }
    } finally {
      this.sending = false;
    }
    // Whoever pressed "Sign in" hears and sees why not; the form is right below the message.
    if (this.error) await this.focusOn(".sign-in-error");
  }
}
