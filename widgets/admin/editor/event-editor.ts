import { Task } from "../../shared/task.js";
import { contentLocales } from "../shared/language-fields.js";
import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { query, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { ItineraryResponse } from "../../../schema/contracts/admin/visits.js";
import type { AdminSeriesResponse, EditScope } from "../../../schema/contracts/series.js";
import { ApiError } from "../../shared/api-client.js";
import {
  cancelEvent,
  createEvent,
  getAdminEvent,
  publishEvent,
  updateEvent,
} from "../events/events-api.js";
import { navigate } from "../app/routes.js";
import { EventPageElement } from "../shared/organisation-page.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, renderConflict, renderLoadError, renderLoading } from "../shared/errors.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { getRoles } from "../volunteers/volunteers-api.js";
import type { HearthAdminCancelEventDialog } from "./cancel-event-dialog.js";
import type { HearthAdminEditScopeDialog } from "./edit-scope-dialog.js";
import type { EventDraft } from "./draft.js";
import { draftOf, emptyDraft, emptySlot, inputOf, withValue } from "./draft.js";
import { renderEditorActions } from "./editor-actions.js";
import { renderEditorToolbar, renderMissingTranslations } from "./editor-header.js";
import { editorStyles } from "./event-editor.styles.js";
import { renderEventFields } from "./event-fields.js";
import type { FieldsContext } from "./event-fields.js";
import { saveErrorsOf } from "./save-errors.js";
import { renderQuestionsPanel } from "./questions-panel.js";
import { renderSharePanel } from "./share-panel.js";
import { renderNetworkListing } from "./network-listing-panel.js";
import type { SeriesPanelContext } from "./series-panel.js";
import { renderRepeatPanel, renderSeriesDates } from "./series-panel.js";
import { renderVisitPlanner, withItinerary } from "./visit-planner-panel.js";

type LoadedStatus =
  "saved" | "savedFollowing" | "savedAll" | "published" | "cancelledEvent" | "reloaded";

/** What a save says, by the dates it changed. */
const savedKeys: Readonly<Record<EditScope, LoadedStatus>> = {
  this: "saved",
  following: "savedFollowing",
  all: "savedAll",
};

/**
 * Creates or edits an event: texts in every language side by side, times on the event's clock,
 * slots with places; publish and cancel. Edits survive a version conflict or an ended session.
 * A saved meetup or course can be made to repeat; a date of a series asks, before a save, which
 * of its dates the change is for.
 *
 * @tag hearth-admin-event-editor
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminEventEditor extends EventPageElement {
  static override styles = editorStyles;

  @state() private event: AdminEvent | undefined;
  @state() private draft: EventDraft | undefined;
  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  @state() private status = "";
  @state() private conflict = false;
  @state() private busy = false;
  @query("hearth-admin-cancel-event-dialog") private cancelDialog!: HearthAdminCancelEventDialog;
  @query("hearth-admin-edit-scope-dialog") private scopeDialog!: HearthAdminEditScopeDialog;

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
    const series: SeriesPanelContext = {
      localize: this.localize,
      org: this.org,
      canEdit: this.canEdit,
      onCreated: (created) => void this.onSeriesCreated(created),
    };
    return html`${renderEditorToolbar(event, {
        localize: this.localize,
        org: this.org,
        role: this.memberRole,
        locales: this.locales,
      })}
      ${renderSeriesDates(event, series)} ${renderMissingTranslations(event, this.localize)}
      <p class="live notice" role="status">${this.status}</p>
      <div class="live alert summary" role="alert" tabindex="-1">${this.formError}</div>
      ${renderConflict(this.localize, this.conflict, () => void this.reload())}
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
        ${renderEventFields(context, { add: this.addSlot, remove: this.removeSlot })}
        ${renderEditorActions(event, {
          localize: this.localize,
          canEdit: this.canEdit,
          busy: this.busy,
          onPublish: () => void this.onPublish(),
          onCancel: () => void this.cancelDialog.open(),
        })}
      </form>
      ${renderNetworkListing(event, { localize: this.localize, org: this.org, disabled: !this.canEdit })}
      ${renderRepeatPanel(event, draft.kind, series)}
      ${
        draft.kind === "visit"
          ? renderVisitPlanner(event, {
              localize: this.localize,
              org: this.org,
              locales: this.locales,
              disabled: !this.canEdit,
              onSaved: (saved) => this.onItinerarySaved(saved),
            })
          : nothing
      }
      ${renderSharePanel(event, this.org, this.localize.locale)}
      ${renderQuestionsPanel(event, {
        localize: this.localize,
        org: this.org,
        locales: this.locales,
        disabled: !this.canEdit,
      })}
      <hearth-admin-cancel-event-dialog
        lang=${this.localize.locale}
        org=${this.org}
        event-id=${this.eventId}
        .locales=${this.locales}
        ?in-series=${Boolean(event?.series)}
        @hearth-admin-cancel-event=${this.onCancelEvent}
      ></hearth-admin-cancel-event-dialog>
      ${
        event?.series
          ? html`<hearth-admin-edit-scope-dialog
              lang=${this.localize.locale}
            ></hearth-admin-edit-scope-dialog>`
          : nothing
      }`;
  }

  private onItinerarySaved(saved: CustomEvent<ItineraryResponse>): void {
    if (this.event) this.event = withItinerary(this.event, saved.detail);
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
    // A date of a series: which dates the change is for, asked before anything is sent.
    const scope = existing?.series ? await this.scopeDialog.ask() : undefined;
    if (scope === null) return;
    await this.attempt(async () => {
      const input = inputOf(draft, existing?.version);
      const { event } = existing
        ? await updateEvent(this.org, existing.id, input, scope)
        : await createEvent(this.org, input);
      this.loaded(event, savedKeys[scope ?? "this"]);
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

  /**
   * The event, now the first date of a series, read again with its series. Edits made in the form
   * meanwhile stay: the dates copied the event as last saved, and the form still holds them.
   */
  private async onSeriesCreated(created: CustomEvent<AdminSeriesResponse>): Promise<void> {
    const before = this.event;
    if (!before) return;
    const untouched = JSON.stringify(this.draft) === JSON.stringify(draftOf(before));
    try {
      const { event } = await getAdminEvent(this.org, before.id);
      this.event = event;
      if (untouched) this.draft = draftOf(event);
      this.status = this.localize.plural("seriesCreated", created.detail.series.dates.length);
      await this.focusOn("#editor-title");
    } catch (error) {
      this.formError = errorText(error, this.localize);
    }
  }

  private loaded(event: AdminEvent, status: LoadedStatus): void {
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
    this.errors = saveErrorsOf(error, this.draft, this.localize);
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
