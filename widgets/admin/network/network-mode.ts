import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

export interface ModeContext {
  localize: AdminLocalizeController;
  /** Owners turn the organisation into a network or back; others read why they can't. */
  canManage: boolean;
  busy: boolean;
  /** Why the last change was refused, in plain words. */
  failure: string;
  onChange: (isNetwork: boolean) => void;
}

/**
 * For an organisation that runs no network: what a network is, how to run one ("Make this
 * organisation a network", owners) and how to join one (ask the network for a link).
 */
export function renderIntro(context: ModeContext, hasJoined: boolean) {
  const t = context.localize.t.bind(context.localize);
  return html`<section class="panel" aria-labelledby="intro-title">
    <h2 id="intro-title">${t(hasJoined ? "networkRunTitle" : "networkIntroTitle")}</h2>
    <p>${t("networkIntroText")}</p>
    <p>${t("networkIntroRun")}</p>
    ${
      context.canManage
        ? html`<p>
            <button
              type="button"
              class="button"
              ?disabled=${context.busy}
              @click=${() => context.onChange(true)}
            >
              ${t("networkMakeNetwork")}
            </button>
          </p>`
        : html`<p class="muted">${t("networkOwnersOnly")}</p>`
    }
    <div class="live alert" role="alert">${context.failure}</div>
    ${hasJoined ? nothing : html`<p>${t("networkIntroJoin")}</p>`}
  </section>`;
}

/** A network nobody is in any more may stop being one (the worker refuses while members remain). */
export function renderStopNetwork(context: ModeContext) {
  const t = context.localize.t.bind(context.localize);
  return html`<section class="panel" aria-labelledby="stop-title">
    <h2 id="stop-title">${t("networkStopTitle")}</h2>
    <p>${t("networkStopHint")}</p>
    <p>
      <button
        type="button"
        class="button secondary"
        ?disabled=${context.busy}
        @click=${() => context.onChange(false)}
      >
        ${t("networkStop")}
      </button>
    </p>
    <div class="live alert" role="alert">${context.failure}</div>
  </section>`;
}
