import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type {
  NetworkInvitationSummary,
  NetworkMemberSummary,
  NetworkOverviewResponse,
} from "../../../schema/contracts/admin/networks.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf } from "../shared/errors.js";
import {
  createNetworkInvitation,
  removeNetworkMember,
  withdrawNetworkInvitation,
} from "./network-api.js";
import type { CreatedLink } from "./network-invite.js";
import { renderInvite } from "./network-invite.js";
import { networkStyles } from "./network.styles.js";

/**
 * The network's side: the organisations in it (joined when, how many coming events; owners may
 * remove one, after confirming) and, for owners, inviting another with a link shown once.
 *
 * @tag hearth-admin-network-members
 *
 * @fires hearth-admin-network-changed - A member was removed or a link created or withdrawn.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminNetworkMembers extends OrganisationPageElement {
  static override styles = networkStyles;

  /** The page's overview; read again by the page after every change reported here. */
  @property({ attribute: false }) overview: NetworkOverviewResponse | undefined;

  @state() private confirming: string | undefined;
  @state() private created: CreatedLink | undefined;
  @state() private copied = false;
  @state() private errors: FieldErrors = {};
  @state() private failure = "";
  @state() private busy = false;

  override render() {
    const overview = this.overview;
    if (!overview) return this.renderBase(nothing);
    const manage = may(this.memberRole, "network.manage");
    return this.renderBase(
      html`<section aria-labelledby="members-title">
          <h2 id="members-title" tabindex="-1">${this.localize.t("networkMembersTitle")}</h2>
          ${
            overview.members.length === 0
              ? html`<p>${this.localize.t("networkMembersEmpty")}</p>`
              : html`<ul class="cards" aria-labelledby="members-title">
                  ${overview.members.map((member) => this.renderMember(member, manage))}
                </ul>`
          }
        </section>
        <div class="live alert" role="alert">${this.failure}</div>
        ${
          manage
            ? renderInvite({
                localize: this.localize,
                invitations: overview.invitations,
                created: this.created,
                copied: this.copied,
                noteError: this.errors.note,
                busy: this.busy,
                timeZone: this.organisation?.timeZone,
                onCreate: (submit) => void this.onCreate(submit),
                onCopy: () => void this.copy(),
                onWithdraw: (invitation) => void this.withdraw(invitation),
              })
            : nothing
        }`,
    );
  }

  private renderMember(member: NetworkMemberSummary, manage: boolean) {
    const t = this.localize.t.bind(this.localize);
    const confirming = this.confirming === member.slug;
    return html`<li class="card panel">
      <h3><bdi>${member.name}</bdi></h3>
      <p class="meta">
        <span
          >${t("networkJoinedOn", { date: this.localize.day(member.joinedAt.slice(0, 10)) })}</span
        >
        <span>${this.localize.plural("networkComingEvents", member.upcomingEvents)}</span>
      </p>
      ${
        !manage
          ? nothing
          : confirming
            ? html`<p id="confirm-${member.slug}" class="state" tabindex="-1">
                  ${t("networkRemoveConfirm", { name: member.name })}
                </p>
                <div class="actions">
                  <button
                    type="button"
                    class="button danger small"
                    ?disabled=${this.busy}
                    @click=${() => void this.removeMember(member)}
                  >
                    ${t("removeYes")}<span class="visually-hidden">: ${member.name}</span>
                  </button>
                  <button
                    type="button"
                    class="button secondary small"
                    @click=${() => this.keep(member)}
                  >
                    ${t("keepMember")}
                  </button>
                </div>`
            : html`<p>
                <button
                  id="remove-${member.slug}"
                  type="button"
                  class="button secondary small"
                  @click=${() => void this.confirm(member)}
                >
                  ${t("remove")}<span class="visually-hidden">: ${member.name}</span>
                </button>
              </p>`
      }
    </li>`;
  }

  /** The question takes focus, so it is read out before the buttons that answer it. */
  private async confirm(member: NetworkMemberSummary): Promise<void> {
    this.confirming = member.slug;
    await this.focusOn(`#confirm-${member.slug}`);
  }

  private keep(member: NetworkMemberSummary): void {
    this.confirming = undefined;
    void this.focusOn(`#remove-${member.slug}`);
  }

  private async removeMember(member: NetworkMemberSummary): Promise<void> {
    const done = await this.attempt(() => removeNetworkMember(this.org, member.slug));
    this.confirming = undefined;
    if (!done) return;
    this.changed(this.localize.t("networkRemoved", { name: member.name }));
    await this.focusOn("#members-title");
  }

  private async onCreate(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const form = submit.currentTarget as HTMLFormElement;
    const note = String(new FormData(form).get("note") ?? "").trim();
    this.created = undefined;
    const done = await this.attempt(async () => {
      const { invitation } = await createNetworkInvitation(this.org, note);
      this.created = { url: invitation.url, expiresAt: invitation.expiresAt };
      this.copied = false;
    });
    if (!done) {
      await this.focusOn('form [aria-invalid="true"]');
      return;
    }
    form.reset();
    this.changed(this.localize.t("networkLinkCreated"));
    await this.focusOn(".once");
  }

  private async withdraw(invitation: NetworkInvitationSummary): Promise<void> {
    const done = await this.attempt(() => withdrawNetworkInvitation(this.org, invitation.id));
    if (done) this.changed(this.localize.t("networkWithdrawn"));
  }

  private async copy(): Promise<void> {
    if (!this.created) return;
    await navigator.clipboard?.writeText(this.created.url).catch(() => undefined);
    this.copied = true;
  }

  private async attempt(action: () => Promise<unknown>): Promise<boolean> {
    this.busy = true;
    this.failure = "";
    this.errors = {};
    try {
      await action();
      return true;
    } catch (error) {
      this.errors = fieldErrorsOf(error, this.localize);
      this.failure = errorText(error, this.localize);
      return false;
    } finally {
      this.busy = false;
    }
  }

  private changed(announcement: string): void {
    this.emit("hearth-admin-network-changed", { announcement });
  }
}
