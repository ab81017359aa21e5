import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

export interface ActionsContext {
  localize: AdminLocalizeController;
  /** Without `events.write` the form is read-only: a note instead of buttons. */
  canEdit: boolean;
  /** A save, publish or cancel is under way. */
  busy: boolean;
  onPublish: () => void;
  /** Opens the dialog that asks for the cancellation message. */
  onCancel: () => void;
}

/**
 * The form's buttons: save (or create), publish while a draft, and cancel until cancelled; a
 * read-only note for members who may not edit.
 */
export function renderEditorActions(event: AdminEvent | undefined, context: ActionsContext) {
  const { localize, busy } = context;
  const t = localize.t.bind(localize);
  if (!context.canEdit) return html`<p class="muted">${t("readOnly")}</p>`;
  return html`<div class="actions">
    <button class="button" type="submit" ?disabled=${busy}>
      ${t(event ? "save" : "createEvent")}
    </button>
    ${
      event?.status === "draft"
        ? html`<button
            class="button secondary"
            type="button"
            ?disabled=${busy}
            @click=${context.onPublish}
          >
            ${t("publish")}
          </button>`
        : nothing
    }
    ${
      event && event.status !== "cancelled"
        ? html`<button
            class="button danger"
            type="button"
            ?disabled=${busy}
            @click=${context.onCancel}
          >
            ${t("cancelEvent")}
          </button>`
        : nothing
    }
  </div>`;
}
