import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { NetworkPreviewResponse } from "../../../schema/contracts/admin/networks.js";
import type {
  AdminOrganisationSummary,
  MeResponse,
} from "../../../schema/contracts/admin/session.js";
import { sourceLanguage } from "../../../i18n/languages.js";
import { ApiError } from "../../shared/api-client.js";
import { getMe } from "../app/session-api.js";
import { hrefFor } from "../app/routes.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import { joinNetwork, previewNetworkLink } from "./network-api.js";
import { networkStyles } from "./network.styles.js";

/** A link that was used, withdrawn, expired or cut short: the API says 404 (422 if mangled). */
const isDeadLink = (error: unknown): error is ApiError =>
  error instanceof ApiError && (error.status === 404 || error.code === "validation_failed");

/**
 * Where a network's join link lands (`#/networks/join/<token>`): who invites which organisation,
 * what joining means, a choice of organisation for someone who owns several, and Join / Not now.
 * Only owners can join; anyone else reads who can. A dead link says why and what to do.
 *
 * @tag hearth-admin-network-join
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminNetworkJoin extends OrganisationPageElement {
  static override styles = networkStyles;

  /** The secret from the link; sent only to preview and to join. */
  @property() token = "";

  /** The organisation picked to join; until then the open one, if its owner, else the first owned. */
  @state() private chosen: string | undefined;
  @state() private joined: { organisation: string; slug: string; network: string } | undefined;
  @state() private failure = "";
  @state() private busy = false;

  /** Which organisations the person owns: they may join from any of them, not only the open one. */
  private readonly meTask = new Task(this, {
    task: async (_args, { signal }) => getMe(signal),
    args: () => [] as const,
  });

  private readonly previewTask = new Task(this, {
    task: async ([slug, token], { signal }) =>
      slug && token ? previewNetworkLink(slug, token, signal) : undefined,
    args: () => [this.joining?.slug, this.token] as const,
  });

  override render() {
    return this.renderBase(
      html`<h1 id="join-title" tabindex="-1">${this.localize.t("networkJoinTitle")}</h1>
        ${this.meTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: (me) => this.renderFor(me),
          error: (error) => renderLoadError(error, this.localize, () => void this.meTask.run()),
        })}`,
    );
  }

  private get owned(): AdminOrganisationSummary[] {
    return (this.meTask.value?.memberships ?? [])
      .filter((membership) => membership.role === "owner")
      .map((membership) => membership.organisation);
  }

  private get joining(): AdminOrganisationSummary | undefined {
    const owned = this.owned;
    const slug = this.chosen ?? this.org;
    return owned.find((organisation) => organisation.slug === slug) ?? owned[0];
  }

  private renderFor(me: MeResponse) {
    const t = this.localize.t.bind(this.localize);
    const joining = this.joining;
    if (this.joined) return this.renderJoined(this.joined);
    if (!joining) {
      const here = this.organisation?.name ?? me.memberships[0]?.organisation.name ?? "";
      return html`<div class="notice">
        <p>${t("networkJoinOwnersOnly", { organisation: here })}</p>
        <a href=${hrefFor({ name: "events" }, this.org || null)}>${t("backToEvents")}</a>
      </div>`;
    }
    return html`<div class="form">
      ${this.owned.length > 1 ? this.renderPicker(joining) : nothing}
      ${this.previewTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (preview) => (preview ? this.renderOffer(preview, joining) : nothing),
        error: (error) =>
          isDeadLink(error)
            ? this.renderDeadLink(error)
            : renderLoadError(error, this.localize, () => void this.previewTask.run()),
      })}
    </div>`;
  }

  private renderPicker(joining: AdminOrganisationSummary) {
    return html`<div class="field">
      <label for="joining">${this.localize.t("networkJoinOrganisation")}</label>
      <select id="joining" @change=${this.onPick}>
        ${this.owned.map(
          (organisation) =>
            html`<option value=${organisation.slug} ?selected=${organisation.slug === joining.slug}>
              ${organisation.name}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderOffer(preview: NetworkPreviewResponse, joining: AdminOrganisationSummary) {
    const t = this.localize.t.bind(this.localize);
    const names = { network: preview.network.name, organisation: joining.name };
    const invites = html`<p class="state">${t("networkJoinInvites", names)}</p>`;
    const notNow = html`<a
      class="button secondary"
      href=${hrefFor({ name: "events" }, joining.slug)}
      >${t("networkNotNow")}</a
    >`;
    if (preview.network.slug === joining.slug) {
      return html`<div class="alert" role="alert"><p>${t("errorOwnNetwork")}</p></div>`;
    }
    if (preview.alreadyMember) {
      return html`${invites}
        <div class="notice">
          <p>${t("networkJoinAlready", names)}</p>
          <a href=${hrefFor({ name: "network" }, joining.slug)}>${t("networkOpenPage")}</a>
        </div>`;
    }
    return html`${invites}
      <section aria-labelledby="means-title">
        <h2 id="means-title">${t("networkJoinMeansTitle")}</h2>
        <ul class="points">
          <li>${t("networkJoinMeansListed", names)}</li>
          <li>${t("networkJoinMeansPrivate", names)}</li>
          <li>${t("networkJoinMeansLeave", names)}</li>
        </ul>
      </section>
      <div class="live alert" role="alert" tabindex="-1">${this.failure}</div>
      <div class="actions">
        <button
          type="button"
          class="button"
          ?disabled=${this.busy}
          @click=${() => void this.join(preview, joining)}
        >
          ${t("networkJoin")}
        </button>
        ${notNow}
      </div>`;
  }

  /** The API's own words for English readers (they are precise); the same in plain words else. */
  private deadLinkText(error: ApiError): string {
    const english = this.localize.locale === sourceLanguage && error.status === 404;
    return english && error.message ? error.message : this.localize.t("networkLinkDead");
  }

  private renderDeadLink(error: ApiError) {
    return html`<div class="alert" role="alert">
      <p>${this.deadLinkText(error)}</p>
      <p>${this.localize.t("networkLinkDeadWhat")}</p>
      <a href=${hrefFor({ name: "network" }, this.joining?.slug ?? null)}
        >${this.localize.t("networkOpenPage")}</a
      >
    </div>`;
  }

  private renderJoined(joined: { organisation: string; slug: string; network: string }) {
    return html`<div class="notice joined" tabindex="-1" role="status">
      <p>${this.localize.t("networkJoinedNotice", joined)}</p>
      <a href=${hrefFor({ name: "network" }, joined.slug)}>${this.localize.t("networkOpenPage")}</a>
    </div>`;
  }

  private readonly onPick = (event: Event) => {
    this.chosen = (event.target as HTMLSelectElement).value;
    this.failure = "";
  };

  private async join(preview: NetworkPreviewResponse, joining: AdminOrganisationSummary) {
    this.busy = true;
    this.failure = "";
    try {
      await joinNetwork(joining.slug, this.token);
      this.joined = {
        organisation: joining.name,
        slug: joining.slug,
        network: preview.network.name,
      };
      await this.focusOn(".joined");
    } catch (error) {
      this.failure = isDeadLink(error)
        ? `${this.deadLinkText(error)} ${this.localize.t("networkLinkDeadWhat")}`
        : errorText(error, this.localize);
      await this.focusOn(".alert");
    } finally {
      this.busy = false;
    }
  }
}
