import { Task } from "../../shared/task.js";
import { css, nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { RefusedOrigin } from "../../../schema/contracts/admin/refused-origins.js";
import type { OrganisationSettings } from "../../../schema/contracts/admin/settings.js";
import { ApiError } from "../../shared/api-client.js";
import { allowOrigin, getRefusedOrigins } from "./settings-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { adminStyles } from "../shared/admin.styles.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";

/**
 * The websites that tried to show the organisation's forms and were refused because they are not
 * allowed yet, with how often and when last; an owner allows one with one click.
 *
 * @tag hearth-admin-refused-origins
 *
 * @fires hearth-admin-origin-allowed - A website was allowed; the detail has the settings as saved.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminRefusedOrigins extends AdminElement {
  static override styles = [
    adminStyles,
    css`
      .base {
        gap: 0.5rem;
      }
      ul {
        display: grid;
        gap: 0.5rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 1rem;
        padding-block: 0.5rem;
        border-block-end: 1px solid var(--hearth-color-border, #8a8f96);
      }
      .site {
        display: grid;
        flex: 1 1 14rem;
        min-inline-size: 0;
        overflow-wrap: anywhere;
      }
      .origin {
        font-weight: 600;
      }
    `,
  ];

  @property() org = "";
  /** Whether the signed-in person may change the settings, and so allow a website. */
  @property({ type: Boolean, attribute: "can-allow" }) canAllow = false;

  @state() private origins: RefusedOrigin[] = [];
  /** The website being allowed, while its request runs. */
  @state() private allowing: string | undefined;
  @state() private error = "";

  private readonly loadTask = new Task(this, {
    task: async ([org], { signal }) => {
      this.origins = (await getRefusedOrigins(org, signal)).origins;
    },
    args: () => [this.org] as const,
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<h2 id="refused-title" tabindex="-1">${t("refusedOriginsTitle")}</h2>
        ${this.loadTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: () => this.renderList(),
          error: (error) => renderLoadError(error, this.localize, () => void this.loadTask.run()),
        })}`,
    );
  }

  private renderList() {
    const t = this.localize.t.bind(this.localize);
    if (this.origins.length === 0) return html`<p class="muted">${t("refusedOriginsNone")}</p>`;
    return html`<p class="hint muted">${t("refusedOriginsHint")}</p>
      <ul aria-labelledby="refused-title">
        ${this.origins.map(
          (site) =>
            html`<li>
              <span class="site">
                <bdi class="origin">${site.origin}</bdi>
                <span class="muted">
                  ${this.localize.plural("refusedAttempts", site.attempts, {
                    date: this.localize.dateTime(site.lastSeenAt),
                  })}
                </span>
              </span>
              ${
                this.canAllow
                  ? html`<button
                      type="button"
                      class="button small"
                      data-origin=${site.origin}
                      ?disabled=${this.allowing !== undefined}
                      @click=${() => void this.allow(site.origin)}
                    >
                      ${t("allowOrigin")}<span class="visually-hidden"> ${site.origin}</span>
                    </button>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      <p class="live error" role="alert">${this.error}</p>`;
  }

  private async allow(origin: string): Promise<void> {
    if (this.allowing) return;
    const index = this.origins.findIndex((site) => site.origin === origin);
    this.allowing = origin;
    this.error = "";
    let settings: OrganisationSettings;
    try {
      ({ settings } = await allowOrigin(this.org, origin));
    } catch (error) {
      this.error = this.allowErrorText(error);
      this.allowing = undefined;
      return;
    }
    this.allowing = undefined;
    this.origins = this.origins.filter((site) => site.origin !== origin);
    this.emit("hearth-admin-origin-allowed", { origin, settings });
    // The button pressed is gone: focus the next website's, or the heading when none is left.
    const next = this.origins[Math.min(index, this.origins.length - 1)];
    await this.focusOn(
      next ? `button[data-origin="${CSS.escape(next.origin)}"]` : "#refused-title",
    );
  }

  private allowErrorText(error: unknown): string {
    const full = error instanceof ApiError ? error.fieldCodes.allowedOrigins : undefined;
    if (full?.code === "too_long") {
      return this.localize.t("refusedOriginsFull", {
        max: this.localize.number(Number(full.params?.max ?? 50)),
      });
    }
    return errorText(error, this.localize);
  }
}
