import { Task } from "@lit/task";
import { contentLocales } from "../shared/language-fields.js";
import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { query, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { ItineraryResponse } from "../../../schema/contracts/admin/visits.js";
import { ApiError } from "../../shared/api-client.js";
import {
  cancelEvent,
  createEvent,
  getAdminEvent,
  publishEvent,
  updateEvent,
} from "../admin-api.js";
import { hrefFor, navigate } from "../app/routes.js";
import { EventPageElement } from "../shared/organisation-page.js";
import type { FieldErrors } from "../shared/errors.js";
import {
  errorText,
  fieldErrorsOf,
  renderConflict,
  renderLoadError,
  renderLoading,
} from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { renderFestivalLinks } from "../festival/festival-links.js";
import { getRoles } from "../volunteers/volunteers-api.js";
import { renderVisitLinks } from "../visits/visit-links.js";
import { renderVolunteerLinks } from "../volunteers/volunteer-links.js";
import type { HearthAdminCancelEventDialog } from "./cancel-event-dialog.js";
import type { EventDraft } from "./draft.js";
import { draftOf, emptyDraft, emptySlot, inputOf, translatedFields, withValue } from "./draft.js";
import { editorStyles } from "./event-editor.styles.js";
import { renderGeneralFields, renderTranslations } from "./event-fields.js";
import type { FieldsContext } from "./event-fields.js";
import { renderSlots } from "./slot-fields.js";

const timeZones =
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

/**
 * Creates or edits an event: texts in every language side by side, times on the event's clock,
 * slots with places; publish and cancel. Edits survive a version conflict or an ended session.
 *
 * @tag hearth-admin-event-editor
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminEventEditor extends EventPageElement {
  static override styles = editorStyles;

  /** Empty for a new event. */

  @state() private event: AdminEvent | undefined;
  @state() private draft: EventDraft | undefined;
  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  @state() private status = "";
  @state() private conflict = false;
  @state() private busy = false;
  @query("hearth-admin-cancel-event-dialog") private cancelDialog!: HearthAdminCancelEventDialog;

  private readonly loadTask = new Task(this, {
    task: async ([org, id], { signal }) => {
      this.errors = {};
      this.formError = "";
      this.conflict = false;
      if (!id) {
        this.event = undefined;
        const organisation = this.organisation;
        this.draft = emptyDraft(organisation?.timeZone ?? "UTC", this.locales);
        return;
      }
      const { event } = await getAdminEvent(org, id, signal);
      this.event = event;
      this.draft = draftOf(event);
    },
    args: () => [this.org, this.eventId] as const,
  });

  /** Roles load once a slot becomes a volunteer shift: most events never need them. */
  private readonly rolesTask = new Task(this, {
    task: async ([org, needed], { signal }) => (needed ? (await getRoles(org, signal)).roles : []),
    args: () =>
      [this.org, this.draft?.slots.some((slot) => slot.audience === "volunteer") ?? false] as const,
  });

  override render() {
    return this.renderBase(
      this.loadTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => (this.draft ? this.renderEditor(this.draft) : renderLoading(this.localize)),
        complete: () => (this.draft ? this.renderEditor(this.draft) : nothing),
        error: (error) => renderLoadError(error, this.localize, () => void this.loadTask.run()),
      }),
    );
  }

  private get locales(): string[] {
    return this.organisation ? contentLocales(this.organisation) : ["en"];
  }

  private get canEdit(): boolean {
    return may(this.memberRole, "events.write");
  }

  private renderEditor(draft: EventDraft) {
    const t = this.localize.t.bind(this.localize);
    const event = this.event;
    const context: FieldsContext = {
      draft,
      errors: this.errors,
      locales: this.locales,
      localize: this.localize,
      disabled: !this.canEdit,
      stops: event?.itinerary ?? [],
      roles: this.rolesTask.value ?? [],
    };
    const title = event ? pickText(event.title, this.locales) || t("untitled") : t("newEvent");
    return html`<div class="toolbar">
        <h1 class="grow" id="editor-title" tabindex="-1">${title}</h1>
        ${event ? html`<span class="badge ${event.status}">${t(`status_${event.status}`)}</span>` : nothing}
        ${
          event
            ? html`<a
                class="button secondary"
                href=${hrefFor({ name: "roster", id: event.id }, this.org)}
                >${t("rosterCheckIn")}</a
              >`
            : nothing
        }
        ${event ? renderVisitLinks(event, { localize: this.localize, org: this.org, role: this.memberRole }) : nothing}
        ${event ? renderFestivalLinks(event, { localize: this.localize, org: this.org, role: this.memberRole }) : nothing}
        ${event ? renderVolunteerLinks(event, { localize: this.localize, org: this.org, role: this.memberRole }) : nothing}
      </div>
      ${this.renderMissing(event)}
      <p class="live notice" role="status">${this.status}</p>
      <div class="live alert summary" role="alert" tabindex="-1">${this.formError}</div>
      ${renderConflict(this.localize, this.conflict, () => void this.reload())}
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
        ${translatedFields.map((field) => renderTranslations(context, field))}
        ${renderGeneralFields(context)}
        <datalist id="time-zones">
          ${timeZones.map((zone) => html`<option value=${zone}></option>`)}
        </datalist>
        ${renderSlots(context, { add: this.addSlot, remove: this.removeSlot })}
        ${this.canEdit ? this.renderActions(event) : html`<p class="muted">${t("readOnly")}</p>`}
      </form>
      ${draft.kind === "visit" ? this.renderPlanner(event) : nothing}
      <hearth-admin-cancel-event-dialog
        lang=${this.localize.locale}
        org=${this.org}
        event-id=${this.eventId}
        .locales=${this.locales}
        @hearth-admin-cancel-event=${this.onCancelEvent}
      ></hearth-admin-cancel-event-dialog>`;
  }

  /** Stops need a saved visit to hang on; host places then pick one in the slots above. */
  private renderPlanner(event: AdminEvent | undefined) {
    if (!event) return html`<p class="notice">${this.localize.t("plannerAfterCreate")}</p>`;
    return html`<hearth-admin-visit-planner
      class="panel"
      lang=${this.localize.locale}
      org=${this.org}
      .event=${event}
      .locales=${this.locales}
      ?disabled=${!this.canEdit}
      @hearth-admin-itinerary-saved=${this.onItinerarySaved}
    ></hearth-admin-visit-planner>`;
  }

  private onItinerarySaved(saved: CustomEvent<ItineraryResponse>): void {
    if (this.event)
      this.event = {
        ...this.event,
        itinerary: saved.detail.stops,
        pickupPoints: saved.detail.pickupPoints,
      };
  }

  private renderMissing(event: AdminEvent | undefined) {
    const missing = event?.missingTranslations ?? [];
    if (missing.length === 0) return nothing;
    const names = missing.map((code) => this.localize.languageName(code)).join(", ");
    return html`<p class="notice missing-note">
      ${this.localize.t("missingTranslations", { list: names })}
    </p>`;
  }

  private renderActions(event: AdminEvent | undefined) {
    const t = this.localize.t.bind(this.localize);
    return html`<div class="actions">
      <button class="button" type="submit" ?disabled=${this.busy}>
        ${t(event ? "save" : "createEvent")}
      </button>
      ${
        event?.status === "draft"
          ? html`<button
              class="button secondary"
              type="button"
              ?disabled=${this.busy}
              @click=${this.onPublish}
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
              ?disabled=${this.busy}
              @click=${() => void this.cancelDialog.open()}
            >
              ${t("cancelEvent")}
            </button>`
          : nothing
      }
    </div>`;
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!this.draft || !control.name) return;
    this.draft = withValue(this.draft, control.name, control.value);
  }

  private readonly addSlot = () => {
    if (this.draft) this.draft = { ...this.draft, slots: [...this.draft.slots, emptySlot()] };
  };

  private readonly removeSlot = (index: number) => {
    if (!this.draft) return;
    this.draft = { ...this.draft, slots: this.draft.slots.filter((_, i) => i !== index) };
    void this.focusOn(".add-slot");
  };

  private async onSave(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const draft = this.draft;
    if (!draft || this.busy) return;
    const existing = this.event;
    await this.attempt(async () => {
      const input = inputOf(draft, existing?.version);
      const { event } = existing
        ? await updateEvent(this.org, existing.id, input)
        : await createEvent(this.org, input);
      this.loaded(event, "saved");
      if (!existing) navigate({ name: "event", id: event.id }, this.org);
    });
  }

  private async onPublish(): Promise<void> {
    const event = this.event;
    if (!event) return;
    await this.attempt(async () => {
      this.loaded((await publishEvent(this.org, event.id, event.version)).event, "published");
    });
  }

  private async onCancelEvent(cancel: CustomEvent<{ message: LocaleText }>): Promise<void> {
    const event = this.event;
    if (!event) return;
    this.cancelDialog.close();
    await this.attempt(async () => {
      const { event: cancelled } = await cancelEvent(
        this.org,
        event.id,
        cancel.detail.message,
        event.version,
      );
      this.loaded(cancelled, "cancelledEvent");
    });
  }

  private loaded(
    event: AdminEvent,
    status: "saved" | "published" | "cancelledEvent" | "reloaded",
  ): void {
    this.event = event;
    this.draft = draftOf(event);
    this.errors = {};
    this.formError = "";
    this.conflict = false;
    this.status = this.localize.t(status);
  }

  private async attempt(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.status = "";
    this.formError = "";
    try {
      await action();
    } catch (error) {
      await this.showFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private async showFailure(error: unknown): Promise<void> {
    if (error instanceof ApiError && error.code === "version_conflict") {
      this.conflict = true;
      await this.focusOn(".conflict");
      return;
    }
    if (error instanceof ApiError && error.code === "capacity_below_taken") {
      this.errors = Object.fromEntries(
        Object.keys(error.fields).map((path) => {
          const taken = this.draft?.slots[Number(path.split(".")[1])]?.taken ?? 0;
          return [path, this.localize.plural("capacityBelowTaken", taken)];
        }),
      );
    } else {
      this.errors = fieldErrorsOf(error, this.localize);
    }
    this.formError = errorText(error, this.localize);
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? this.renderRoot.querySelector<HTMLElement>(".summary"))?.focus();
  }

  /** After a conflict: their version replaces the form, on purpose, once the organiser asks. */
  private async reload(): Promise<void> {
    const event = this.event;
    if (!event) return;
    try {
      this.loaded((await getAdminEvent(this.org, event.id)).event, "reloaded");
      await this.focusOn("#editor-title");
    } catch (error) {
      this.formError = errorText(error, this.localize);
    }
  }
}
