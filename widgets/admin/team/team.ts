import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { Role } from "../../../schema/contracts/admin/session.js";
import type { PendingInvitation, TeamMember } from "../../../schema/contracts/admin/team.js";
import { changeRole, getTeam, invite, removeMember, revokeInvitation } from "./team-api.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { adminStyles } from "../shared/admin.styles.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf, renderLoadError, renderLoading } from "../shared/errors.js";
import { renderField } from "../shared/field.js";

const roles: readonly Role[] = ["owner", "organiser", "coordinator"];

/**
 * The organisation's team: members and their roles, pending invitations, and inviting someone
 * (the link is shown once, to copy).
 *
 * @tag hearth-admin-team
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminTeam extends OrganisationPageElement {
  static override styles = adminStyles;

  @state() private status = "";
  @state() private errors: FieldErrors = {};
  @state() private inviteLink: string | undefined;
  @state() private confirmingRemove: string | undefined;
  @state() private copied = false;

  private readonly teamTask = new Task(this, {
    task: async ([org], { signal }) => getTeam(org, signal),
    args: () => [this.org] as const,
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<h1 id="team-title" tabindex="-1">${t("teamTitle")}</h1>
        <p class="live notice" role="status">${this.status}</p>
        ${this.teamTask.render({
          initial: () => renderLoading(this.localize),
          pending: () =>
            this.teamTask.value
              ? this.renderTeam(this.teamTask.value)
              : renderLoading(this.localize),
          complete: (team) => this.renderTeam(team),
          error: (error) => renderLoadError(error, this.localize, () => void this.teamTask.run()),
        })}
        ${this.renderInvite()}`,
    );
  }

  private renderTeam(team: { members: TeamMember[]; invitations: PendingInvitation[] }) {
    const t = this.localize.t.bind(this.localize);
    return html`<div
        class="table-wrap"
        role="region"
        aria-labelledby="members-caption"
        tabindex="0"
      >
        <table>
          <caption id="members-caption">
            ${t("members")}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t("colName")}</th>
              <th scope="col">${t("email")}</th>
              <th scope="col">${t("role")}</th>
              <th scope="col">${t("colActions")}</th>
            </tr>
          </thead>
          <tbody>
            ${team.members.map((member) => this.renderMember(member))}
          </tbody>
        </table>
      </div>
      ${
        team.invitations.length === 0
          ? nothing
          : html`<div
              class="table-wrap"
              role="region"
              aria-labelledby="invitations-caption"
              tabindex="0"
            >
              <table>
                <caption id="invitations-caption">
                  ${t("pendingInvitations")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("email")}</th>
                    <th scope="col">${t("role")}</th>
                    <th scope="col">${t("expires")}</th>
                    <th scope="col">${t("colActions")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${team.invitations.map(
                    (invitation) =>
                      html`<tr>
                        <th scope="row">${invitation.email}</th>
                        <td>${t(`role_${invitation.role}`)}</td>
                        <td>${this.localize.dateTime(invitation.expiresAt)}</td>
                        <td>
                          <button
                            type="button"
                            class="button secondary small"
                            @click=${() => this.revoke(invitation)}
                          >
                            ${t("revoke")}<span class="visually-hidden">: ${invitation.email}</span>
                          </button>
                        </td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
      }`;
  }

  private renderMember(member: TeamMember) {
    const t = this.localize.t.bind(this.localize);
    const id = `role-${member.userId}`;
    return html`<tr>
      <th scope="row"><bdi>${member.displayName}</bdi></th>
      <td>${member.email}</td>
      <td>
        <label class="visually-hidden" for=${id}
          >${t("roleOf", { name: member.displayName })}</label
        >
        <select
          id=${id}
          @change=${(e: Event) => this.changeRole(member, e.target as HTMLSelectElement)}
        >
          ${roles.map((role) => html`<option value=${role} ?selected=${role === member.role}>${t(`role_${role}`)}</option>`)}
        </select>
      </td>
      <td>
        ${
          this.confirmingRemove === member.userId
            ? html`<div class="actions">
                <button
                  type="button"
                  class="button danger small"
                  @click=${() => this.removeFromTeam(member)}
                >
                  ${t("removeYes")}<span class="visually-hidden">: ${member.displayName}</span>
                </button>
                <button
                  type="button"
                  class="button secondary small"
                  @click=${() => (this.confirmingRemove = undefined)}
                >
                  ${t("keepMember")}
                </button>
              </div>`
            : html`<button
                type="button"
                class="button secondary small"
                @click=${() => (this.confirmingRemove = member.userId)}
              >
                ${t("remove")}<span class="visually-hidden">: ${member.displayName}</span>
              </button>`
        }
      </td>
    </tr>`;
  }

  private renderInvite() {
    const t = this.localize.t.bind(this.localize);
    return html`<section class="panel" aria-labelledby="invite-title">
      <form novalidate @submit=${this.onInvite}>
        <h2 id="invite-title">${t("inviteTitle")}</h2>
        <div class="fields">
          ${renderField({ name: "email", type: "email", label: t("email"), value: "", error: this.errors.email })}
          <div class="field">
            <label for="f-role">${t("role")}</label>
            <select id="f-role" name="role">
              ${roles.map((role) => html`<option value=${role} ?selected=${role === "organiser"}>${t(`role_${role}`)}</option>`)}
            </select>
            <p class="hint muted">${t("rolesHint")}</p>
          </div>
        </div>
        <button class="button" type="submit">${t("sendInvitation")}</button>
        ${
          this.inviteLink
            ? html`<div class="notice invite-link">
                <p>${t("inviteLinkOnce")}</p>
                <a href=${this.inviteLink}>${this.inviteLink}</a>
                <button type="button" class="button secondary small" @click=${this.copy}>
                  ${t(this.copied ? "copied" : "copyLink")}
                </button>
              </div>`
            : nothing
        }
      </form>
    </section>`;
  }

  private readonly copy = async () => {
    if (!this.inviteLink) return;
    await navigator.clipboard?.writeText(this.inviteLink).catch(() => undefined);
    this.copied = true;
  };

  private async run(action: () => Promise<unknown>, done: string): Promise<boolean> {
    this.status = "";
    try {
      await action();
      this.status = done;
      await this.teamTask.run();
      return true;
    } catch (error) {
      this.errors = fieldErrorsOf(error, this.localize);
      this.status = errorText(error, this.localize);
      return false;
    }
  }

  private async onInvite(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const form = submit.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const email = String(data.get("email") ?? "").trim();
    const role = String(data.get("role")) as Role;
    this.inviteLink = undefined;
    const ok = await this.run(
      async () => {
        const { invitation } = await invite(this.org, email, role);
        this.inviteLink = invitation.url;
        this.copied = false;
      },
      this.localize.t("invited", { email }),
    );
    if (ok) form.reset();
    else await this.focusOn('form [aria-invalid="true"]');
  }

  private async revoke(invitation: PendingInvitation): Promise<void> {
    await this.run(
      () => revokeInvitation(this.org, invitation.id),
      this.localize.t("revoked", { email: invitation.email }),
    );
  }

  private async changeRole(member: TeamMember, select: HTMLSelectElement): Promise<void> {
    const role = select.value as Role;
    const ok = await this.run(
      () => changeRole(this.org, member.userId, role),
      this.localize.t("roleChanged", {
        name: member.displayName,
        role: this.localize.t(`role_${role}`),
      }),
    );
    // Put the select back to the role the server kept.
    if (!ok) select.value = member.role;
  }

  private async removeFromTeam(member: TeamMember): Promise<void> {
    this.confirmingRemove = undefined;
    await this.run(
      () => removeMember(this.org, member.userId),
      this.localize.t("removed", { name: member.displayName }),
    );
  }
}
