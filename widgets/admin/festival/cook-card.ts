import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import type { AdminApplication } from "../../../schema/contracts/admin/festivals.js";
import { saveApplicationNote, verifyHygiene } from "./festival-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { errorText } from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { needsText, renderDish } from "./dish-summary.js";
import { festivalStyles } from "./festival.styles.js";

const decisions = [
  ["approved", "approve"],
  ["waitlisted", "waitlist"],
  ["declined", "decline"],
] as const;

/**
 * One cook's application in the review queue: dishes, stall needs, hygiene with its flag and the
 * "verified" toggle, the organisers-only note, and the three decisions.
 *
 * @tag hearth-admin-cook-card
 *
 * @fires hearth-admin-application-changed - The note or hygiene check was saved.
 * @fires hearth-admin-decision-requested - Approve, waitlist or decline was chosen; the queue asks for the message.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminCookCard extends AdminElement {
  static override styles = festivalStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  @property({ attribute: false }) application: AdminApplication | undefined;
  /** Organisers and owners decide; coordinators only read. */
  @property({ type: Boolean, attribute: "can-write" }) canWrite = false;

  @state() private busy = false;
  @state() private error = "";

  override render() {
    const application = this.application;
    if (!application) return nothing;
    const t = this.localize.t.bind(this.localize);
    const id = application.id;
    return this.renderBase(
      html`<article class="panel card" aria-labelledby="name-${id}">
        <h2 id="name-${id}"><bdi>${application.displayName}</bdi></h2>
        <p class="meta">
          <span class="badge ${application.status}">${t(`app_${application.status}`)}</span>
          <span>${t("cookLanguage")}: ${this.localize.languageName(application.locale)}</span>
          ${application.cuisine ? html`<span>${t("cookCuisine")}: <bdi>${application.cuisine}</bdi></span>` : nothing}
          ${application.email ? html`<span><bdi>${application.email}</bdi></span>` : nothing}
          ${application.phone ? html`<span dir="ltr">${application.phone}</span>` : nothing}
        </p>
        <h3>${t("dishesTitle")}</h3>
        ${
          application.dishes.length === 0
            ? html`<p class="muted">${t("none")}</p>`
            : html`<ul>
                ${application.dishes.map((dish) => renderDish(dish, application.locale, this.localize))}
              </ul>`
        }
        <p>
          <strong>${t("stallNeeds")}:</strong> ${needsText(application.stallNeeds, this.localize)}
        </p>
        ${this.renderHygiene(application)} ${this.renderNote(application)}
        ${this.error ? html`<p class="alert" role="alert">${this.error}</p>` : nothing}
        ${this.renderDecisions(application)}
      </article>`,
    );
  }

  private renderHygiene(application: AdminApplication) {
    const t = this.localize.t.bind(this.localize);
    const answer = application.hygiene
      ? t(`hygiene_${application.hygiene}`)
      : t("hygieneUnanswered");
    const expiry = application.hygieneExpiresOn
      ? t("hygieneExpiresOn", { date: this.localize.day(application.hygieneExpiresOn) })
      : "";
    return html`<div class="hygiene">
      <p>
        <strong>${t("hygieneTitle")}:</strong> ${answer} ${expiry}
        ${
          application.hygieneFlag
            ? html`<span class="badge flag"
                ><span aria-hidden="true">⚠</span>
                ${t(`hygieneFlag_${application.hygieneFlag}`)}</span
              >`
            : nothing
        }
      </p>
      <label class="choice">
        <input
          type="checkbox"
          name="verified"
          .checked=${live(application.hygieneVerified)}
          ?disabled=${!this.canWrite || this.busy}
          @change=${this.onVerified}
        />
        ${t("hygieneVerified")}
      </label>
    </div>`;
  }

  private renderNote(application: AdminApplication) {
    const t = this.localize.t.bind(this.localize);
    if (!this.canWrite) {
      return application.organiserNote
        ? html`<p><strong>${t("organiserNote")}:</strong> ${application.organiserNote}</p>`
        : nothing;
    }
    return html`<form class="note" @submit=${this.onSaveNote}>
      ${renderField({
        name: `note-${application.id}`,
        label: t("organiserNote"),
        hint: t("organiserNoteHint"),
        value: application.organiserNote ?? "",
        multiline: true,
      })}
      <button class="button secondary small" type="submit" ?disabled=${this.busy}>
        ${t("saveNote")}<span class="visually-hidden">: ${application.displayName}</span>
      </button>
    </form>`;
  }

  private renderDecisions(application: AdminApplication) {
    if (!this.canWrite) return nothing;
    const t = this.localize.t.bind(this.localize);
    return html`<div class="actions">
      ${decisions
        .filter(([status]) => status !== application.status)
        .map(
          ([status, label]) =>
            html`<button
              type="button"
              class="button small ${status === "approved" ? "" : "secondary"}"
              data-decision=${status}
              ?disabled=${this.busy}
              @click=${() => this.emit("hearth-admin-decision-requested", { application, status })}
            >
              ${t(label)}<span class="visually-hidden">: ${application.displayName}</span>
            </button>`,
        )}
    </div>`;
  }

  private async onVerified(event: Event): Promise<void> {
    const verified = (event.target as HTMLInputElement).checked;
    const name = this.application!.displayName;
    await this.save(
      () => verifyHygiene(this.org, this.eventId, this.application!.id, verified),
      this.localize.t(verified ? "announceVerified" : "announceUnverified", { name }),
    );
  }

  private async onSaveNote(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const note = (event.currentTarget as HTMLFormElement).querySelector("textarea")!.value;
    const name = this.application!.displayName;
    await this.save(
      () => saveApplicationNote(this.org, this.eventId, this.application!.id, note.trim()),
      this.localize.t("announceNoteSaved", { name }),
    );
  }

  private async save(
    call: () => Promise<{ application: AdminApplication }>,
    announcement: string,
  ): Promise<void> {
    this.busy = true;
    this.error = "";
    try {
      const { application } = await call();
      this.application = application;
      this.emit("hearth-admin-application-changed", { application, announcement });
    } catch (error) {
      this.error = errorText(error, this.localize);
      this.requestUpdate();
    } finally {
      this.busy = false;
    }
  }
}
