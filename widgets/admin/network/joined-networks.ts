import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import type { JoinedNetwork } from "../../../schema/contracts/admin/networks.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { errorText } from "../shared/errors.js";
import { leaveNetwork, setListByDefault } from "./network-api.js";
import { networkStyles } from "./network.styles.js";

/** What one network's box says under it: saved, or why not. */
interface Outcome {
  saved: boolean;
  text: string;
}

/**
 * "Networks you joined": each with "List our events there by default" (saved as soon as it
 * changes) and Leave, after confirming. Both are for owners; organisers see the choice.
 *
 * @tag hearth-admin-joined-networks
 *
 * @fires hearth-admin-network-changed - The organisation left a network.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminJoinedNetworks extends OrganisationPageElement {
  static override styles = networkStyles;

  @property({ attribute: false }) joined: readonly JoinedNetwork[] = [];

  /** What each box shows; runs ahead of the server between a change and its answer. */
  @state() private listByDefault: Readonly<Record<string, boolean>> = {};
  @state() private outcomes: Readonly<Record<string, Outcome>> = {};
  @state() private confirming: string | undefined;
  @state() private failure = "";
  @state() private busy = false;

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section aria-labelledby="joined-title">
        <h2 id="joined-title">${t("networkJoinedTitle")}</h2>
        <div class="live alert" role="alert">${this.failure}</div>
        <ul class="cards" aria-labelledby="joined-title">
          ${this.joined.map((network) => this.renderNetwork(network))}
        </ul>
      </section>`,
    );
  }

  private renderNetwork(network: JoinedNetwork) {
    const t = this.localize.t.bind(this.localize);
    const manage = may(this.memberRole, "network.manage");
    const id = `default-${network.slug}`;
    const outcome = this.outcomes[network.slug];
    const hint = manage ? "networkListByDefaultHint" : "networkOwnersChoose";
    return html`<li class="card panel">
      <h3><bdi>${network.name}</bdi></h3>
      <p class="muted">
        ${t("networkJoinedOn", { date: this.localize.day(network.joinedAt.slice(0, 10)) })}
      </p>
      <label class="choice" for=${id}>
        <input
          id=${id}
          type="checkbox"
          .checked=${live(this.listByDefault[network.slug] ?? network.listByDefault)}
          ?disabled=${!manage}
          aria-describedby="${id}-hint ${id}-error"
          @change=${(event: Event) => void this.onDefaultChange(network, event)}
        />
        ${t("networkListByDefault")}
      </label>
      <p id="${id}-hint" class="hint muted">${t(hint)}</p>
      <p id="${id}-saved" class="live" role="status">${outcome?.saved ? outcome.text : ""}</p>
      <p id="${id}-error" class="live error" role="alert">${outcome?.saved ? "" : outcome?.text}</p>
      ${manage ? this.renderLeave(network) : nothing}
    </li>`;
  }

  private renderLeave(network: JoinedNetwork) {
    const t = this.localize.t.bind(this.localize);
    if (this.confirming !== network.slug) {
      return html`<p>
        <button
          id="leave-${network.slug}"
          type="button"
          class="button secondary small"
          @click=${() => void this.confirm(network)}
        >
          ${t("networkLeave")}<span class="visually-hidden">: ${network.name}</span>
        </button>
      </p>`;
    }
    return html`<p id="confirm-${network.slug}" class="state" tabindex="-1">
        ${t("networkLeaveConfirm", { network: network.name })}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button danger small"
          ?disabled=${this.busy}
          @click=${() => void this.leave(network)}
        >
          ${t("networkLeaveYes")}<span class="visually-hidden">: ${network.name}</span>
        </button>
        <button type="button" class="button secondary small" @click=${() => this.stay(network)}>
          ${t("networkStay")}
        </button>
      </div>`;
  }

  private readonly onDefaultChange = async (network: JoinedNetwork, event: Event) => {
    const box = event.target as HTMLInputElement;
    const wanted = box.checked;
    const slug = network.slug;
    this.listByDefault = { ...this.listByDefault, [slug]: wanted };
    this.outcomes = { ...this.outcomes, [slug]: { saved: true, text: "" } };
    try {
      await setListByDefault(this.org, slug, wanted);
      if (this.listByDefault[slug] !== wanted) return;
      this.outcomes = { ...this.outcomes, [slug]: { saved: true, text: this.localize.t("saved") } };
    } catch (error) {
      if (this.listByDefault[slug] !== wanted) return;
      // The box goes back to what the server kept.
      this.listByDefault = { ...this.listByDefault, [slug]: !wanted };
      const text = `${this.localize.t("digestNotSaved")} ${errorText(error, this.localize)}`;
      this.outcomes = { ...this.outcomes, [slug]: { saved: false, text } };
    }
  };

  /** The question takes focus, so it is read out before the buttons that answer it. */
  private async confirm(network: JoinedNetwork): Promise<void> {
    this.confirming = network.slug;
    await this.focusOn(`#confirm-${network.slug}`);
  }

  private stay(network: JoinedNetwork): void {
    this.confirming = undefined;
    void this.focusOn(`#leave-${network.slug}`);
  }

  private async leave(network: JoinedNetwork): Promise<void> {
    this.busy = true;
    this.failure = "";
    try {
      await leaveNetwork(this.org, network.slug);
      this.confirming = undefined;
      this.emit("hearth-admin-network-changed", {
        announcement: this.localize.t("networkLeft", { network: network.name }),
      });
    } catch (error) {
      this.failure = errorText(error, this.localize);
    } finally {
      this.busy = false;
    }
  }
}
