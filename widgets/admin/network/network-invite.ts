import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { NetworkInvitationSummary } from "../../../schema/contracts/admin/networks.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { renderField } from "../shared/field.js";

/** A link just created: shown once (only its hash is stored), to copy and send. */
export interface CreatedLink {
  url: string;
  expiresAt: string;
}

export interface InviteContext {
  localize: AdminLocalizeController;
  /** Links not used, withdrawn or expired yet, newest first. */
  invitations: readonly NetworkInvitationSummary[];
  created: CreatedLink | undefined;
  copied: boolean;
  noteError: string | undefined;
  busy: boolean;
  /** The organisation's clock, for when a link stops working. */
  timeZone: string | undefined;
  onCreate: (submit: SubmitEvent) => void;
  onCopy: () => void;
  onWithdraw: (invitation: NetworkInvitationSummary) => void;
}

/**
 * "Invite an organisation": a note for the network's own list, "Create link", the link shown
 * once with a Copy button and when it stops working, then the links still open, to withdraw.
 */
export function renderInvite(context: InviteContext) {
  const { localize, created } = context;
  const t = localize.t.bind(localize);
  return html`<section class="panel" aria-labelledby="invite-title">
    <h2 id="invite-title">${t("networkInviteTitle")}</h2>
    <p>${t("networkInviteHint")}</p>
    <form novalidate @submit=${context.onCreate}>
      ${renderField({
        name: "note",
        label: t("networkNoteLabel"),
        hint: t("networkNoteHint"),
        value: "",
        error: context.noteError,
      })}
      <p>
        <button class="button" type="submit" ?disabled=${context.busy}>
          ${t("networkCreateLink")}
        </button>
      </p>
    </form>
    ${
      created
        ? html`<div class="notice once" tabindex="-1">
            <p>${t("networkLinkOnce")}</p>
            <a href=${created.url}>${created.url}</a>
            <p>
              ${t("networkLinkWorksUntil", { date: localize.dateTime(created.expiresAt, context.timeZone) })}
            </p>
            <button type="button" class="button secondary small" @click=${context.onCopy}>
              ${t(context.copied ? "copied" : "copyLink")}
            </button>
          </div>`
        : nothing
    }
    ${context.invitations.length === 0 ? nothing : renderOpenLinks(context)}
  </section>`;
}

function renderOpenLinks(context: InviteContext) {
  const { localize } = context;
  const t = localize.t.bind(localize);
  return html`<h3 id="open-links-title">${t("networkOpenLinks")}</h3>
    <ul class="cards" aria-labelledby="open-links-title">
      ${context.invitations.map((invitation) => {
        const name = invitation.note || t("networkNoNote");
        return html`<li class="card">
          <p><bdi>${name}</bdi></p>
          <p class="meta muted">
            <span
              >${t("networkLinkCreatedOn", { date: localize.dateTime(invitation.createdAt, context.timeZone) })}</span
            >
            <span
              >${t("networkLinkWorksUntil", { date: localize.dateTime(invitation.expiresAt, context.timeZone) })}</span
            >
          </p>
          <p>
            <button
              type="button"
              class="button secondary small"
              ?disabled=${context.busy}
              @click=${() => context.onWithdraw(invitation)}
            >
              ${t("networkWithdraw")}<span class="visually-hidden">: ${name}</span>
            </button>
          </p>
        </li>`;
      })}
    </ul>`;
}
