import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { PropertyValues } from "lit";
import { property, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import { ApiError } from "../../shared/api-client.js";
import { saveItinerary } from "./visits-api.js";
import { editorStyles } from "../editor/event-editor.styles.js";
import { AdminElement } from "../shared/admin-element.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import type { ItineraryDraft } from "./itinerary-draft.js";
import {
  emptyPickup,
  emptyStop,
  itineraryDraftOf,
  itineraryInputOf,
  moved,
  placesOf,
  withItineraryValue,
} from "./itinerary-draft.js";
import type { StopFieldsContext } from "./stop-fields.js";
import { renderPickups, renderStops } from "./stop-fields.js";

/**
 * A visit's day plan beside the event editor: the stops in order (place, what happens, access, each
 * language side by side; arrival on the visit's clock), the pick-up points, and the places taken.
 * Saved on its own (`PUT …/itinerary`) so host places can then be tied to a stop.
 *
 * @tag hearth-admin-visit-planner
 *
 * @fires hearth-admin-itinerary-saved - The itinerary was saved. `detail` is the server's answer.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminVisitPlanner extends AdminElement {
  static override styles = editorStyles;

  @property() org = "";
  /** The saved visit: its itinerary, pick-up points, time zone and slots. */
  @property({ attribute: false }) event: AdminEvent | undefined;
  /** The organisation's content languages, default first. */
  @property({ attribute: false }) locales: readonly string[] = ["en"];
  /** Read-only for roles that cannot change events. */
  @property({ type: Boolean }) disabled = false;

  @state() private draft: ItineraryDraft = { stops: [], pickupPoints: [] };
  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  /** Stops and pick-up points the server would not let go, by name. */
  @state() private inUse: string[] = [];
  @state() private status = "";
  @state() private busy = false;

  /** What the draft was built from: saving the event form must not wipe unsaved stops. */
  private basis = "";

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const event = this.event;
    if (!changed.has("event") || !event) return;
    const basis = JSON.stringify([event.id, event.timeZone, event.itinerary, event.pickupPoints]);
    if (basis === this.basis) return;
    this.basis = basis;
    this.draft = itineraryDraftOf(event.itinerary, event.pickupPoints, event.timeZone);
    this.errors = {};
  }

  override render() {
    const event = this.event;
    if (!event) return nothing;
    const t = this.localize.t.bind(this.localize);
    const places = placesOf(event.slots);
    const context: StopFieldsContext = {
      localize: this.localize,
      errors: this.errors,
      locales: this.locales,
      disabled: this.disabled,
      hostsAt: places.hostsAt,
      move: this.move,
      removeStop: this.removeStop,
      removePickup: this.removePickup,
    };
    const count = (key: "visitorSeats" | "interpreterPlaces", value: typeof places.visitor) =>
      t(key, {
        taken: this.localize.number(value.taken),
        capacity: this.localize.number(value.capacity),
        left: this.localize.number(Math.max(0, value.capacity - value.taken)),
      });
    return this.renderBase(
      html`<section class="planner" aria-labelledby="planner-title">
        <h2 id="planner-title">${t("plannerTitle")}</h2>
        <p class="hint muted">${t("plannerHint", { zone: event.timeZone })}</p>
        <ul class="places">
          <li>${count("visitorSeats", places.visitor)}</li>
          <li>${count("interpreterPlaces", places.interpreter)}</li>
        </ul>
        <p class="live notice" role="status">${this.status}</p>
        <div class="live alert summary" role="alert" tabindex="-1">
          ${this.formError ? html`<p>${this.formError}</p>` : nothing}
          ${this.inUse.length > 0 ? this.renderInUse() : nothing}
        </div>
        <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
          <fieldset>
            <legend>${t("stopsLegend")}</legend>
            ${this.draft.stops.length === 0 ? html`<p class="muted">${t("stopsEmpty")}</p>` : nothing}
            ${renderStops(context, this.draft.stops)}
            ${this.disabled ? nothing : html`<button type="button" class="button secondary add-stop" @click=${this.addStop}>${t("addStop")}</button>`}
          </fieldset>
          <fieldset>
            <legend>${t("pickupsLegend")}</legend>
            <p class="hint muted">${t("pickupsHint")}</p>
            ${renderPickups(context, this.draft.pickupPoints)}
            ${this.disabled ? nothing : html`<button type="button" class="button secondary add-pickup" @click=${this.addPickup}>${t("addPickup")}</button>`}
          </fieldset>
          ${
            this.disabled
              ? nothing
              : html`<div class="actions">
                  <button class="button" type="submit" ?disabled=${this.busy}>
                    ${t(this.busy ? "savingItinerary" : "saveItinerary")}
                  </button>
                </div>`
          }
        </form>
      </section>`,
    );
  }

  private renderInUse() {
    return html`<ul>
        ${this.inUse.map((name) => html`<li>${name}</li>`)}
      </ul>
      <button type="button" class="button secondary" @click=${this.restore}>
        ${this.localize.t("restoreItinerary")}
      </button>`;
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (control.name) this.draft = withItineraryValue(this.draft, control.name, control.value);
  }

  private readonly addStop = () => {
    this.draft = { ...this.draft, stops: [...this.draft.stops, emptyStop()] };
    void this.focusOn(`.stop:last-of-type input`);
  };

  private readonly addPickup = () => {
    this.draft = { ...this.draft, pickupPoints: [...this.draft.pickupPoints, emptyPickup()] };
    void this.focusOn(`.pickup:last-of-type input`);
  };

  private readonly move = (index: number, by: -1 | 1) => {
    const stops = moved(this.draft.stops, index, by);
    this.draft = { ...this.draft, stops };
    this.errors = {};
    const to = index + by;
    const place = pickText(stops[to]?.place ?? {}, this.locales);
    this.status = this.localize.t("stopMoved", { place, number: this.localize.number(to + 1) });
    // Keep focus on the button that was pressed, unless it is now disabled at an end.
    const edge = to === 0 || to === stops.length - 1;
    const button = edge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down";
    void this.focusOn(`.stop:nth-of-type(${to + 1}) [data-move="${button}"]`);
  };

  private readonly removeStop = (index: number) => {
    this.draft = { ...this.draft, stops: this.draft.stops.filter((_, i) => i !== index) };
    this.errors = {};
    void this.focusOn(".add-stop");
  };

  private readonly removePickup = (index: number) => {
    const pickupPoints = this.draft.pickupPoints.filter((_, i) => i !== index);
    this.draft = { ...this.draft, pickupPoints };
    this.errors = {};
    void this.focusOn(".add-pickup");
  };

  private readonly restore = () => {
    const event = this.event;
    if (!event) return;
    this.draft = itineraryDraftOf(event.itinerary, event.pickupPoints, event.timeZone);
    this.errors = {};
    this.formError = "";
    this.inUse = [];
  };

  private async onSave(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const event = this.event;
    if (!event || this.busy) return;
    this.busy = true;
    this.status = "";
    this.formError = "";
    this.inUse = [];
    try {
      const saved = await saveItinerary(
        this.org,
        event.id,
        itineraryInputOf(this.draft, event.timeZone),
      );
      this.errors = {};
      this.status = this.localize.t("itinerarySaved");
      this.emit("hearth-admin-itinerary-saved", saved);
    } catch (error) {
      await this.showFailure(error, event);
    } finally {
      this.busy = false;
    }
  }

  private async showFailure(error: unknown, event: AdminEvent): Promise<void> {
    const fields = error instanceof ApiError ? error.fields : {};
    if (error instanceof ApiError && error.code === "invalid_state") {
      this.errors = {};
      this.formError = this.localize.t("itineraryInUse");
      this.inUse = Object.keys(fields).map((path) => this.nameOf(path, event));
    } else {
      this.errors = fieldErrorsOf(error, this.localize);
      this.formError = errorText(error, this.localize);
    }
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? this.renderRoot.querySelector<HTMLElement>(".summary"))?.focus();
  }

  /** `stops.N` / `pickupPoints.N` in a 409 count the saved itinerary, which the draft no longer shows. */
  private nameOf(path: string, event: AdminEvent): string {
    const [list, position] = path.split(".");
    const index = Number(position);
    const byPosition = <T extends { position: number }>(items: readonly T[]) =>
      [...items].sort((a, b) => a.position - b.position);
    if (list === "stops") {
      const stop = byPosition(event.itinerary)[index];
      return stop ? pickText(stop.place, this.locales) : path;
    }
    return byPosition(event.pickupPoints)[index]?.name ?? path;
  }
}
