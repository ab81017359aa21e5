import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { NetworkOverviewResponse } from "../../../schema/contracts/admin/networks.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import { getNetworkOverview, setNetworkMode } from "./network-api.js";
import type { ModeContext } from "./network-mode.js";
import { renderIntro, renderStopNetwork } from "./network-mode.js";
import { networkStyles } from "./network.styles.js";

/**
 * The Network page. For a network: the organisations in it, inviting another with a link, and
 * the events in its catalogue to feature or hide. For a member: the networks it joined, whether
 * its events are listed there by default, and leaving. For neither: what a network is, how to
 * run one and how to join one.
 *
 * @tag hearth-admin-network
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminNetwork extends OrganisationPageElement {
  static override styles = networkStyles;

  @state() private status = "";
  @state() private modeFailure = "";
  @state() private busy = false;
  /** Tells the catalogue to read its events again after members changed. */
  @state() private revision = 0;

  private readonly overviewTask = new Task(this, {
    task: async ([org], { signal }) => getNetworkOverview(org, signal),
    args: () => [this.org] as const,
  });

  override render() {
    return this.renderBase(
      html`<h1 id="network-title" tabindex="-1">${this.localize.t("networkTitle")}</h1>
        <p class="live notice" role="status">${this.status}</p>
        ${this.overviewTask.render({
          initial: () => renderLoading(this.localize),
          // A reload after a change keeps the page (and a link shown once) on screen.
          pending: () =>
            this.overviewTask.value
              ? this.renderOverview(this.overviewTask.value)
              : renderLoading(this.localize),
          complete: (overview) => this.renderOverview(overview),
          error: (error) =>
            renderLoadError(error, this.localize, () => void this.overviewTask.run()),
        })}`,
    );
  }

  private renderOverview(overview: NetworkOverviewResponse) {
    const lang = this.localize.locale;
    const mode: ModeContext = {
      localize: this.localize,
      canManage: may(this.memberRole, "network.manage"),
      busy: this.busy,
      failure: this.modeFailure,
      onChange: (isNetwork) => void this.changeMode(isNetwork),
    };
    const role = this.memberRole ?? "";
    return html`<div class="form" @hearth-admin-network-changed=${this.onChanged}>
      ${
        overview.isNetwork
          ? html`<hearth-admin-network-members
                lang=${lang}
                org=${this.org}
                member-role=${role}
                .organisation=${this.organisation}
                .overview=${overview}
              ></hearth-admin-network-members>
              <hearth-admin-network-catalogue
                lang=${lang}
                org=${this.org}
                member-role=${role}
                .organisation=${this.organisation}
                revision=${this.revision}
              ></hearth-admin-network-catalogue>`
          : nothing
      }
      ${
        overview.joined.length > 0
          ? html`<hearth-admin-joined-networks
              lang=${lang}
              org=${this.org}
              member-role=${role}
              .joined=${overview.joined}
            ></hearth-admin-joined-networks>`
          : nothing
      }
      ${overview.isNetwork ? nothing : renderIntro(mode, overview.joined.length > 0)}
      ${
        overview.isNetwork && overview.members.length === 0 && mode.canManage
          ? renderStopNetwork(mode)
          : nothing
      }
    </div>`;
  }

  private readonly onChanged = (event: CustomEvent<{ announcement: string }>) => {
    void this.refresh(event.detail.announcement);
  };

  private async changeMode(isNetwork: boolean): Promise<void> {
    this.busy = true;
    this.modeFailure = "";
    try {
      await setNetworkMode(this.org, isNetwork);
      await this.refresh(this.localize.t(isNetwork ? "networkStarted" : "networkStopped"));
    } catch (error) {
      this.modeFailure = errorText(error, this.localize);
    } finally {
      this.busy = false;
    }
  }

  /**
   * Reads the overview again and says what changed. The control used may be gone (a member
   * removed, a network left): then the page's heading takes focus, never the document's body.
   */
  private async refresh(announcement: string): Promise<void> {
    this.status = announcement;
    this.revision += 1;
    await this.overviewTask.run();
    await this.updateComplete;
    if (!this.shadowRoot?.activeElement) await this.focusOn("#network-title");
  }
}
