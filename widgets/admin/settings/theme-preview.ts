import { css } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property } from "lit/decorators.js";
import { AdminElement } from "../shared/admin-element.js";
import { baseStyles } from "../../shared/base.styles.js";
import { styleProperties } from "../../shared/style-properties.js";
// Values a host page could set: the same rule the API applies, so the preview never lies.
import { plainCssValue } from "../../../schema/rules/theme.js";

/**
 * A sample event card styled only through `--hearth-*` custom properties, as a host page would
 * style the real widgets; it follows the theme fields as they are typed.
 *
 * @tag hearth-admin-theme-preview
 *
 * @cssproperty --hearth-color-primary - Previewed through the `theme` property.
 */
export class HearthAdminThemePreview extends AdminElement {
  static override styles = [
    baseStyles,
    css`
      .sample {
        display: grid;
        gap: 0.5rem;
        padding: var(--hearth-space, 1rem);
        border: 1px solid var(--hearth-color-border, #8a8f96);
        border-radius: var(--hearth-radius, 0.5rem);
        background: var(--hearth-color-surface, #ffffff);
      }
      .open {
        color: var(--hearth-color-success, #146c2e);
        font-weight: 600;
      }
      .full {
        color: var(--hearth-color-danger, #b3261e);
        font-weight: 600;
      }
      .buttons {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
    `,
  ];

  /** Token (`color-primary`) → CSS value. Empty values fall back to the widget's defaults. */
  @property({ attribute: false }) theme: Record<string, string> = {};

  override render() {
    const t = this.localize.t.bind(this.localize);
    const properties = Object.fromEntries(
      Object.entries(this.theme)
        .filter(([, value]) => value.trim() !== "" && plainCssValue.test(value))
        .map(([token, value]) => [`--hearth-${token}`, value.trim()]),
    );
    return this.renderBase(
      html`<div class="sample" ${styleProperties(properties)}>
        <h3>${t("previewTitle")}</h3>
        <p class="muted">${t("previewWhen")}</p>
        <p class="open">${t("previewPlaces")}</p>
        <p class="full">${t("previewFull")}</p>
        <div class="buttons">
          <button type="button" class="button">${t("previewSignUp")}</button>
          <button type="button" class="button secondary">${t("previewMore")}</button>
        </div>
      </div>`,
    );
  }
}
