import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { repeat } from "lit/directives/repeat.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { idFor, renderField } from "../shared/field.js";
import { renderLanguageFields } from "../shared/language-fields.js";
import type { PickupDraft, Places, StopDraft, StopText } from "./itinerary-draft.js";

export interface StopFieldsContext {
  localize: AdminLocalizeController;
  errors: FieldErrors;
  /** The organisation's content languages, default first. */
  locales: readonly string[];
  disabled: boolean;
  /** Host places set for a saved stop, from the event's times and places. */
  hostsAt: (stopId: string) => Places;
  move: (index: number, by: -1 | 1) => void;
  removeStop: (index: number) => void;
  removePickup: (index: number) => void;
}

const textLabels = {
  place: "stopPlace",
  activity: "stopActivity",
  accessibility: "stopAccessibility",
} as const;

/** One text of a stop in every language side by side, like the event's title fields. */
function renderStopText(
  context: StopFieldsContext,
  stop: StopDraft,
  index: number,
  field: StopText,
) {
  return renderLanguageFields({
    name: `stops.${index}.${field}`,
    legend: context.localize.t(textLabels[field]),
    className: "plain",
    values: stop[field],
    locales: context.locales,
    errors: context.errors,
    localize: context.localize,
    multiline: field !== "place",
    disabled: context.disabled,
  });
}

function itemError(errors: FieldErrors, path: string) {
  const error = errors[path];
  return error ? html`<p id=${idFor(`${path}-item`)} class="error">${error}</p>` : nothing;
}

function renderStop(context: StopFieldsContext, stop: StopDraft, index: number, count: number) {
  const { localize, errors, disabled } = context;
  const t = localize.t.bind(localize);
  const number = localize.number(index + 1);
  const name = (field: string) => `stops.${index}.${field}`;
  const hosts = stop.id ? context.hostsAt(stop.id) : undefined;
  const hasHosts = (hosts?.capacity ?? 0) > 0;
  return html`<fieldset
    class="stop"
    data-key=${stop.key}
    aria-describedby=${errors[`stops.${index}`] ? idFor(`stops.${index}-item`) : nothing}
  >
    <legend>${t("stopNumber", { number })}</legend>
    ${itemError(errors, `stops.${index}`)}
    ${
      hosts && hasHosts
        ? html`<p class="taken">
            ${t("hostPlacesTaken", {
              taken: localize.number(hosts.taken),
              capacity: localize.number(hosts.capacity),
            })}
          </p>`
        : nothing
    }
    ${renderStopText(context, stop, index, "place")}
    <div class="fields">
      ${renderField({ name: name("address"), label: t("fieldAddress"), hint: t("optional"), value: stop.address, disabled, error: errors[name("address")] })}
      ${renderField({ name: name("arrivesAt"), type: "datetime-local", label: t("stopArrivesAt"), value: stop.arrivesAt, disabled, error: errors[name("arrivesAt")] })}
    </div>
    ${renderStopText(context, stop, index, "activity")}
    ${renderStopText(context, stop, index, "accessibility")}
    ${
      disabled
        ? nothing
        : html`<div class="actions">
            <button
              type="button"
              class="button secondary small"
              data-move="up"
              ?disabled=${index === 0}
              @click=${() => context.move(index, -1)}
            >
              ${t("stopMoveUp", { number })}
            </button>
            <button
              type="button"
              class="button secondary small"
              data-move="down"
              ?disabled=${index === count - 1}
              @click=${() => context.move(index, 1)}
            >
              ${t("stopMoveDown", { number })}
            </button>
            <button
              type="button"
              class="button secondary small remove-stop"
              ?disabled=${hasHosts}
              aria-describedby=${hasHosts ? `stop-${stop.key}-hosts` : nothing}
              @click=${() => context.removeStop(index)}
            >
              ${t("stopRemove", { number })}
            </button>
            ${
              hasHosts
                ? html`<p id="stop-${stop.key}-hosts" class="hint muted">${t("stopHasHosts")}</p>`
                : nothing
            }
          </div>`
    }
  </fieldset>`;
}

export function renderStops(context: StopFieldsContext, stops: readonly StopDraft[]) {
  return repeat(
    stops,
    (stop) => stop.key,
    (stop, index) => renderStop(context, stop, index, stops.length),
  );
}

function renderPickup(context: StopFieldsContext, point: PickupDraft, index: number) {
  const { localize, errors, disabled } = context;
  const t = localize.t.bind(localize);
  const number = localize.number(index + 1);
  const name = (field: string) => `pickupPoints.${index}.${field}`;
  return html`<fieldset
    class="pickup"
    aria-describedby=${errors[`pickupPoints.${index}`] ? idFor(`pickupPoints.${index}-item`) : nothing}
  >
    <legend>${t("pickupNumber", { number })}</legend>
    ${itemError(errors, `pickupPoints.${index}`)}
    <div class="fields">
      ${renderField({ name: name("name"), label: t("pickupName"), hint: t("pickupNameHint"), value: point.name, disabled, error: errors[name("name")] })}
      ${renderField({ name: name("address"), label: t("fieldAddress"), hint: t("optional"), value: point.address, disabled, error: errors[name("address")] })}
      ${renderField({ name: name("departsAt"), type: "datetime-local", label: t("pickupDepartsAt"), value: point.departsAt, disabled, error: errors[name("departsAt")] })}
    </div>
    ${
      disabled
        ? nothing
        : html`<button
            type="button"
            class="button secondary small remove-pickup"
            @click=${() => context.removePickup(index)}
          >
            ${t("pickupRemove", { number })}
          </button>`
    }
  </fieldset>`;
}

export function renderPickups(context: StopFieldsContext, points: readonly PickupDraft[]) {
  return repeat(
    points,
    (point) => point.key,
    (point, index) => renderPickup(context, point, index),
  );
}
