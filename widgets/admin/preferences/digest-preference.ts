import { Task } from "../../shared/task.js";
import { css, nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import { getPreferences, savePreferences } from "./preferences-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { adminStyles } from "../shared/admin.styles.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";

/**
 * The signed-in member's opt-in to a daily email of new sign-ups in this organisation, saved as
 * soon as the box changes. Every role may choose it.
 *
 * @tag hearth-admin-digest-preference
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminDigestPreference extends AdminElement {
  static override styles = [
    adminStyles,
    css`
      .base {
        gap: 0.25rem;
      }
    `,
  ];

  @property() org = "";

  /** What the box shows; between a change and the server's answer it runs ahead of `saved`. */
  @state() private digest = false;
  @state() private status = "";
  @state() private error = "";

  /** What the server last confirmed, to put the box back if a save fails. */
  private saved = false;
  /** Only the latest of quick successive changes may update the box. */
  private latestSave = 0;

  private readonly loadTask = new Task(this, {
    task: async ([org], { signal }) => {
      const { preferences } = await getPreferences(org, signal);
      this.digest = this.saved = preferences.digest;
    },
    args: () => [this.org] as const,
  });

  override render() {
    return this.renderBase(
      this.loadTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: () => this.renderChoice(),
        error: (error) => renderLoadError(error, this.localize, () => void this.loadTask.run()),
      }),
    );
  }

  private renderChoice() {
    const t = this.localize.t.bind(this.localize);
    const describedBy = this.error ? "digest-hint digest-error" : "digest-hint";
    return html`<label class="choice" for="digest">
        <input
          id="digest"
          type="checkbox"
          .checked=${live(this.digest)}
          aria-describedby=${describedBy}
          @change=${this.onChange}
        />
        ${t("digestLabel")}
      </label>
      <p id="digest-hint" class="hint muted">${t("digestHint")}</p>
      ${this.error ? html`<p id="digest-error" class="error" role="alert">${this.error}</p>` : nothing}
      <p class="live" role="status">${this.status}</p>`;
  }

  private readonly onChange = async (event: Event) => {
    const digest = (event.target as HTMLInputElement).checked;
    const call = ++this.latestSave;
    this.digest = digest;
    this.status = "";
    this.error = "";
    try {
      const { preferences } = await savePreferences(this.org, { digest });
      this.saved = preferences.digest;
      if (call !== this.latestSave) return;
      this.digest = preferences.digest;
      this.status = this.localize.t("saved");
    } catch (error) {
      if (call !== this.latestSave) return;
      this.digest = this.saved;
      this.error = `${this.localize.t("digestNotSaved")} ${errorText(error, this.localize)}`;
    }
  };
}
