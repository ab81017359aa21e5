import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";

/** The manage link, shown once the draft exists so the cook can come back to it. */
export function renderKeepLink(localize: LocalizeController, manageUrl: string | undefined) {
  if (!manageUrl) return nothing;
  return html`<div part="keep-link" class="keep-link panel">
    <p class="keep-title">${localize.t("cookKeepLinkTitle")}</p>
    <p>${localize.t("cookKeepLink")}</p>
    <p>
      <a part="button" class="button secondary" href=${manageUrl}
        >${localize.t("cookManageLink")}</a
      >
    </p>
    <p class="url"><bdi>${manageUrl}</bdi></p>
  </div>`;
}
