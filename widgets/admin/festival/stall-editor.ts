import type { PropertyValues } from "lit";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { AdminStall } from "../../../schema/contracts/admin/festivals.js";
import { ApiError } from "../../shared/api-client.js";
import type { StallInput } from "./festival-api.js";
import { saveStalls } from "./festival-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { errorText } from "../shared/errors.js";
import { festivalStyles } from "./festival.styles.js";

const features = ["power", "water", "covered"] as const;

/**
 * The festival's stalls as an editable list: name, power, water, cover, and an optional place
 * on the site plan's grid. Saved all at once.
 *
 * @tag hearth-admin-stall-editor
 *
 * @fires hearth-admin-stalls-saved - The server kept the stalls. `detail` is its answer.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminStallEditor extends AdminElement {
  static override styles = festivalStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  /** The saved stalls; the form starts from them. */
  @property({ attribute: false }) stalls: readonly AdminStall[] = [];
  @property({ type: Boolean, attribute: "can-write" }) canWrite = false;

  @state() private draft: StallInput[] = [];
  @state() private error = "";
  @state() private busy = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has("stalls")) {
      this.draft = this.stalls.map(({ applicationId: _taken, ...stall }) => ({ ...stall }));
    }
  }

  override render() {
    const t = this.localize.t.bind(this.localize);
    const disabled = !this.canWrite || this.busy;
    return this.renderBase(
      html`<form novalidate @submit=${this.onSave}>
        <fieldset>
          <legend>${t("stallsLegend")}</legend>
          <p class="hint muted">${t("stallsHint")}</p>
          ${this.draft.length === 0 ? html`<p class="muted">${t("stallsEmpty")}</p>` : nothing}
          ${this.draft.map((stall, index) => this.renderStall(stall, index, disabled))}
          ${
            this.canWrite
              ? html`<button type="button" class="button secondary add-stall" @click=${this.add}>
                  ${t("addStall")}
                </button>`
              : nothing
          }
        </fieldset>
        ${this.error ? html`<p class="alert" role="alert" tabindex="-1">${this.error}</p>` : nothing}
        ${
          this.canWrite
            ? html`<div class="actions">
                <button class="button" type="submit" ?disabled=${this.busy}>
                  ${t("saveStalls")}
                </button>
              </div>`
            : nothing
        }
      </form>`,
    );
  }

  private renderStall(stall: StallInput, index: number, disabled: boolean) {
    const t = this.localize.t.bind(this.localize);
    const number = this.localize.number(index + 1);
    const update = (patch: Partial<StallInput>) => {
      this.draft = this.draft.map((s, i) => (i === index ? { ...s, ...patch } : s));
    };
    const plan = (axis: "planX" | "planY", label: string) =>
      html`<div class="field">
        <label for="stall-${index}-${axis}">${label}</label>
        <input
          id="stall-${index}-${axis}"
          class="plan"
          type="number"
          min="0"
          max="50"
          .value=${stall[axis] === null ? "" : String(stall[axis])}
          ?disabled=${disabled}
          @input=${(e: Event) => {
            const value = (e.target as HTMLInputElement).value;
            update({ [axis]: value === "" ? null : Math.trunc(Number(value)) });
          }}
        />
      </div>`;
    return html`<fieldset class="stall">
      <legend>${t("stallNumber", { number })}</legend>
      <div class="fields">
        <div class="field">
          <label for="stall-${index}-name">${t("stallName")}</label>
          <input
            id="stall-${index}-name"
            .value=${stall.name}
            ?disabled=${disabled}
            @input=${(e: Event) => update({ name: (e.target as HTMLInputElement).value })}
          />
        </div>
        ${plan("planX", t("stallPlanX"))} ${plan("planY", t("stallPlanY"))}
      </div>
      <div class="actions">
        ${features.map(
          (feature) =>
            html`<label class="choice">
              <input
                type="checkbox"
                name=${feature}
                .checked=${stall[feature]}
                ?disabled=${disabled}
                @change=${(e: Event) => update({ [feature]: (e.target as HTMLInputElement).checked })}
              />
              ${t(`stall_${feature}`)}
            </label>`,
        )}
        ${
          this.canWrite
            ? html`<button
                type="button"
                class="button secondary small"
                @click=${() => (this.draft = this.draft.filter((_, i) => i !== index))}
              >
                ${t("removeStall", { number })}
              </button>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  private readonly add = () => {
    this.draft = [
      ...this.draft,
      { name: "", power: false, water: false, covered: false, planX: null, planY: null },
    ];
  };

  private async onSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.draft.some((stall) => !stall.name.trim())) {
      this.error = this.localize.t("stallNameMissing");
      await this.focusOn(".alert");
      return;
    }
    this.busy = true;
    this.error = "";
    try {
      const saved = await saveStalls(this.org, this.eventId, this.draft);
      this.emit("hearth-admin-stalls-saved", saved);
    } catch (error) {
      this.error =
        error instanceof ApiError && error.code === "invalid_state"
          ? this.localize.t("stallsRefused", { reason: error.message })
          : errorText(error, this.localize);
      await this.focusOn(".alert");
    } finally {
      this.busy = false;
    }
  }
}
