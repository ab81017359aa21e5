import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { AdminApplication } from "../../../schema/contracts/admin/festivals.js";
import { addLedgerEntry } from "./festival-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { errorText } from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { festivalStyles } from "./festival.styles.js";
import { parseAmount } from "./money.js";

/**
 * Adds one line to the festival's ledger: what a cook spent on ingredients or reported taking.
 *
 * @tag hearth-admin-ledger-form
 *
 * @fires hearth-admin-ledger-changed - The entry was recorded. `detail` is the new ledger.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminLedgerForm extends AdminElement {
  static override styles = festivalStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  /** The approved cooks the entry can be for. */
  @property({ attribute: false }) cooks: readonly AdminApplication[] = [];

  @state() private amountError = "";
  @state() private error = "";
  @state() private busy = false;

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<form novalidate class="panel" @submit=${this.onSubmit}>
        <h2>${t("ledgerAdd")}</h2>
        <div class="fields">
          <div class="field">
            <label for="ledger-cook">${t("ledgerCook")}</label>
            <select id="ledger-cook" name="applicationId">
              ${this.cooks.map(
                (cook) => html`<option value=${cook.id}>${cook.displayName}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="ledger-kind">${t("ledgerKind")}</label>
            <select id="ledger-kind" name="kind">
              <option value="ingredients">${t("ledger_ingredients")}</option>
              <option value="takings">${t("ledger_takings")}</option>
            </select>
          </div>
          ${renderField({
            name: "amount",
            label: t("ledgerAmount"),
            hint: t("ledgerAmountHint"),
            value: "",
            error: this.amountError,
            autocomplete: "off",
          })}
          ${renderField({ name: "note", label: t("ledgerNote"), hint: t("optional"), value: "" })}
        </div>
        ${this.error ? html`<p class="alert" role="alert" tabindex="-1">${this.error}</p>` : nothing}
        <div class="actions">
          <button class="button" type="submit" ?disabled=${this.busy || this.cooks.length === 0}>
            ${t("ledgerAddButton")}
          </button>
        </div>
      </form>`,
    );
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const amountCents = parseAmount(String(data.get("amount") ?? ""));
    this.error = "";
    if (amountCents === null) {
      this.amountError = this.localize.t("ledgerAmountInvalid");
      await this.focusOn("[name=amount]");
      return;
    }
    this.amountError = "";
    this.busy = true;
    try {
      const ledger = await addLedgerEntry(this.org, this.eventId, {
        applicationId: String(data.get("applicationId")),
        kind: data.get("kind") === "takings" ? "takings" : "ingredients",
        amountCents,
        note: String(data.get("note") ?? "").trim() || null,
      });
      form.reset();
      this.emit("hearth-admin-ledger-changed", ledger);
    } catch (error) {
      this.error = errorText(error, this.localize);
      await this.focusOn(".alert");
    } finally {
      this.busy = false;
    }
  }
}
