import { Task } from "../../shared/task.js";
import { css, nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { OrganisationSettings } from "../../../schema/contracts/admin/settings.js";
import type { themeTokens } from "../../../schema/contracts/admin/settings.js";
import { ApiError } from "../../shared/api-client.js";
import { getSettings, saveSettings } from "./settings-api.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { adminStyles } from "../shared/admin.styles.js";
import type { FieldErrors } from "../shared/errors.js";
import {
  errorText,
  fieldErrorsOf,
  renderConflict,
  renderLoadError,
  renderLoading,
} from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import type { AdminEventMap } from "../shared/admin-events.js";

type HearthAdminOriginAllowedEvent = AdminEventMap["hearth-admin-origin-allowed"];

/*
 * The contract's list, repeated because importing it would bring valibot into admin.js;
 * \`satisfies\` makes a token added to (or removed from) the contract a type error here.
 */
const tokenSet = {
  "color-primary": true,
  "color-on-primary": true,
  "color-text": true,
  "color-muted": true,
  "color-surface": true,
  "color-border": true,
  "color-danger": true,
  "color-success": true,
  "color-focus": true,
  radius: true,
  "font-family": true,
} satisfies Record<(typeof themeTokens)[number], true>;
const tokens = Object.keys(tokenSet);

interface Draft {
  name: string;
  locales: string;
  defaultLocale: string;
  timeZone: string;
  allowedOrigins: string;
  theme: Record<string, string>;
  retentionDays: string;
}

const draftOf = (settings: OrganisationSettings): Draft => ({
  name: settings.name,
  locales: settings.locales.join(", "),
  defaultLocale: settings.defaultLocale,
  timeZone: settings.timeZone,
  allowedOrigins: settings.allowedOrigins.join("\n"),
  theme: { ...settings.theme },
  retentionDays: String(settings.retentionDays),
});

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * The organisation's settings: name, languages, time zone, embed origins, theme (with a live
 * preview) and how long personal data is kept. Owners edit; organisers read.
 *
 * @tag hearth-admin-settings
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSettings extends OrganisationPageElement {
  static override styles = [
    adminStyles,
    css`
      .theme {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
        gap: var(--hearth-space, 1rem);
        align-items: start;
      }
    `,
  ];

  @state() private settings: OrganisationSettings | undefined;
  @state() private draft: Draft | undefined;
  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  @state() private status = "";
  @state() private conflict = false;
  @state() private saving = false;

  private readonly loadTask = new Task(this, {
    task: async ([org], { signal }) => this.loaded((await getSettings(org, signal)).settings),
    args: () => [this.org] as const,
  });

  override render() {
    return this.renderBase(
      this.loadTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: () => (this.draft ? this.renderForm(this.draft) : nothing),
        error: (error) => renderLoadError(error, this.localize, () => void this.loadTask.run()),
      }),
    );
  }

  private renderForm(draft: Draft) {
    const t = this.localize.t.bind(this.localize);
    const disabled = !may(this.memberRole, "settings.write");
    const field = (
      name: Exclude<keyof Draft, "theme">,
      label: string,
      extra: Partial<Parameters<typeof renderField>[0]> = {},
    ) =>
      renderField({
        name,
        label,
        value: draft[name],
        error: this.errors[name],
        disabled,
        ...extra,
      });
    const originErrors = Object.entries(this.errors)
      .filter(([path]) => path.startsWith("allowedOrigins."))
      .map(([path, message]) =>
        t("originLineError", { line: Number(path.split(".")[1]) + 1, message }),
      );
    const locales = list(draft.locales, /[\s,]+/);
    return html`<h1 id="settings-title" tabindex="-1">${t("settingsTitle")}</h1>
      ${disabled ? html`<p class="muted">${t("readOnlySettings")}</p>` : nothing}
      <p class="live notice" role="status">${this.status}</p>
      <div class="live alert summary" role="alert" tabindex="-1">${this.formError}</div>
      ${renderConflict(this.localize, this.conflict, () => void this.loadTask.run())}
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
        <div class="fields">
          ${field("name", t("orgName"))}
          ${field("locales", t("orgLanguages"), { hint: t("codesHint") })}
          <div class="field">
            <label for="f-defaultLocale">${t("defaultLanguage")}</label>
            <select
              id="f-defaultLocale"
              name="defaultLocale"
              ?disabled=${disabled}
              aria-invalid=${this.errors.defaultLocale ? "true" : "false"}
            >
              ${locales.map((code) => html`<option value=${code} ?selected=${code === draft.defaultLocale}>${this.localize.languageName(code)} (${code})</option>`)}
            </select>
            ${this.errors.defaultLocale ? html`<p class="error">${this.errors.defaultLocale}</p>` : nothing}
          </div>
          ${field("timeZone", t("fieldTimeZone"))}
          ${field("retentionDays", t("retentionDays"), { type: "number", hint: t("retentionHint") })}
        </div>
        ${field("allowedOrigins", t("allowedOrigins"), {
          multiline: true,
          hint: t("allowedOriginsHint"),
          error:
            [this.errors.allowedOrigins, ...originErrors].filter(Boolean).join(" ") || undefined,
        })}
        <hearth-admin-refused-origins
          lang=${this.localize.locale}
          org=${this.org}
          ?can-allow=${!disabled}
          @hearth-admin-origin-allowed=${this.onOriginAllowed}
        ></hearth-admin-refused-origins>
        <fieldset>
          <legend>${t("themeLegend")}</legend>
          <p class="hint muted">${t("themeHint")}</p>
          <div class="theme">
            <div class="fields">
              ${tokens.map((token) =>
                renderField({
                  name: `theme.${token}`,
                  label: `--hearth-${token}`,
                  value: draft.theme[token] ?? "",
                  error: this.errors[`theme.${token}`],
                  disabled,
                }),
              )}
            </div>
            <div>
              <h2 id="preview-title">${t("previewHeading")}</h2>
              <hearth-admin-theme-preview
                lang=${this.localize.locale}
                .theme=${draft.theme}
                aria-labelledby="preview-title"
              ></hearth-admin-theme-preview>
            </div>
          </div>
        </fieldset>
        ${disabled ? nothing : html`<button class="button" type="submit" ?disabled=${this.saving}>${t("save")}</button>`}
      </form>`;
  }

  private loaded(settings: OrganisationSettings): void {
    this.settings = settings;
    this.draft = draftOf(settings);
    this.errors = {};
    this.formError = "";
    this.conflict = false;
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    const draft = this.draft;
    if (!draft || !control.name) return;
    if (control.name.startsWith("theme.")) {
      this.draft = { ...draft, theme: { ...draft.theme, [control.name.slice(6)]: control.value } };
    } else if (control.name in draft) {
      this.draft = { ...draft, [control.name]: control.value };
    }
  }

  /**
   * A website allowed below joins the list above. Unsaved edits stay: the new version is taken
   * only when the allow was the one change since loading, else saving shows the usual conflict.
   */
  private readonly onOriginAllowed = (event: HearthAdminOriginAllowedEvent): void => {
    const { origin, settings: saved } = event.detail;
    const { settings, draft } = this;
    if (!settings || !draft) return;
    if (JSON.stringify(draft) === JSON.stringify(draftOf(settings))) {
      this.loaded(saved);
    } else {
      if (saved.version === settings.version + 1) this.settings = saved;
      const origins = list(draft.allowedOrigins, /\n/);
      if (!origins.includes(origin)) {
        this.draft = { ...draft, allowedOrigins: [...origins, origin].join("\n") };
      }
    }
    this.status = this.localize.t("originAllowed", { origin });
  };

  private async onSave(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const { draft, settings } = this;
    if (!draft || !settings || this.saving) return;
    this.saving = true;
    this.status = "";
    this.formError = "";
    try {
      const saved = await saveSettings(this.org, {
        name: draft.name.trim(),
        locales: list(draft.locales, /[\s,]+/),
        defaultLocale: draft.defaultLocale,
        timeZone: draft.timeZone.trim(),
        allowedOrigins: list(draft.allowedOrigins, /\n/),
        theme: Object.fromEntries(Object.entries(draft.theme).filter(([, value]) => value.trim())),
        retentionDays: Number(draft.retentionDays),
        version: settings.version,
      });
      this.loaded(saved.settings);
      this.status = this.localize.t("saved");
    } catch (error) {
      if (error instanceof ApiError && error.code === "version_conflict") {
        this.conflict = true;
        await this.focusOn(".conflict");
        return;
      }
      this.errors = fieldErrorsOf(error, this.localize);
      this.formError = errorText(error, this.localize);
      await this.focusOn('[aria-invalid="true"], .summary');
    } finally {
      this.saving = false;
    }
  }
}
