import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import type { AdminQuestion } from "../../../schema/contracts/questions.js";
import type { OnBehalfBody } from "./roster-api.js";
import { registerOnBehalf } from "./roster-api.js";
import { AdminElement } from "../shared/admin-element.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf } from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { pickText } from "../shared/locale-text.js";
import { questionsForSlot, readAnswers, renderQuestions } from "./add-person-questions.js";
import { addPersonStyles } from "./add-person.styles.js";

/**
 * A caseworker or organiser signs someone up on their behalf, with their agreement given in
 * person or by phone, and gets the manage link to hand over. The event's own questions for the
 * chosen time are asked too, none of them required: they may not know every answer.
 *
 * @tag hearth-admin-add-person
 *
 * @fires hearth-admin-roster-changed - The person was added. `detail.entry`.
 */
export class HearthAdminAddPerson extends AdminElement {
  static override styles = addPersonStyles;

  @property() org = "";
  @property({ attribute: false }) event: AdminEvent | undefined;
  /** Languages the person may choose for their messages: the organisation's. */
  @property({ attribute: false }) locales: readonly string[] = [];
  /** The event's own questions; those for the chosen time's audience are asked. */
  @property({ attribute: false }) questions: readonly AdminQuestion[] = [];

  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  @state() private added: { entry: RosterEntry; manageUrl: string } | undefined;
  /** What was typed, so a refused submit (or any re-render) keeps every answer. */
  @state() private typed: Record<string, string> = {};
  @state() private sending = false;
  @state() private copied = false;

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section class="panel" aria-labelledby="add-title">
        <form novalidate @submit=${this.onSubmit} @input=${this.onInput}>
          <h2 id="add-title">${t("addSomeone")}</h2>
          <div class="live alert" role="alert">${this.formError}</div>
          ${this.renderAdded()} ${this.renderSlot()}
          <div class="fields">
            ${this.field("name", t("personName"), { hint: t("personNameHint") })}
            ${this.field("adults", t("adults"), { type: "number", value: "1" })}
            ${this.field("children", t("children"), { type: "number", value: "0" })}
            ${this.field("email", t("emailOptional"), { type: "email" })}
            ${this.field("phone", t("phoneOptional"))}
            <div class="field">
              <label for="f-locale">${t("personLanguage")}</label>
              <select id="f-locale" name="locale">
                ${this.locales.map((code) => html`<option value=${code}>${this.localize.languageName(code)}</option>`)}
              </select>
            </div>
            ${this.field("needs.interpreterLanguage", t("interpreterNeeded"))}
            ${this.field("needs.accessibility", t("accessibilityNeeds"))}
            ${this.field("needs.dietary", t("dietaryNeeds"))}
          </div>
          ${renderQuestions(this.asked, {
            localize: this.localize,
            locales: this.labelLocales,
            errors: this.errors,
          })}
          <div class="field">
            <label class="choice">
              <input
                type="checkbox"
                name="consentInPerson"
                aria-invalid=${this.errors.consentInPerson ? "true" : "false"}
                aria-describedby=${this.errors.consentInPerson ? "consent-error" : nothing}
              />
              <span>${t("consentInPersonLabel")}</span>
            </label>
            ${this.errors.consentInPerson ? html`<p id="consent-error" class="error">${this.errors.consentInPerson}</p>` : nothing}
          </div>
          <button class="button" type="submit" ?disabled=${this.sending}>${t("addPerson")}</button>
        </form>
      </section>`,
    );
  }

  private field(
    name: string,
    label: string,
    extra: { type?: "number" | "email"; value?: string; hint?: string } = {},
  ) {
    return renderField({
      name,
      label,
      error: this.errors[name],
      ...extra,
      value: this.typed[name] ?? extra.value ?? "",
    });
  }

  /** Organisers' words in the dashboard's language, else the nearest one written. */
  private get labelLocales(): string[] {
    return [this.localize.locale, ...this.locales];
  }

  /** The questions of the time chosen (the first until another is picked). */
  private get asked(): AdminQuestion[] {
    const slots = this.event?.slots ?? [];
    const slot = slots.find((candidate) => candidate.id === this.typed.slotId) ?? slots[0];
    return questionsForSlot(this.questions, slot);
  }

  private renderSlot() {
    const slots = this.event?.slots ?? [];
    const [only] = slots;
    if (slots.length === 1 && only)
      return html`<input type="hidden" name="slotId" .value=${only.id} />`;
    const locales = this.labelLocales;
    return html`<div class="field">
      <label for="f-slotId">${this.localize.t("colSlot")}</label>
      <select id="f-slotId" name="slotId" aria-invalid=${this.errors.slotId ? "true" : "false"}>
        ${slots.map((slot) => html`<option value=${slot.id}>${pickText(slot.label, locales)}</option>`)}
      </select>
    </div>`;
  }

  private renderAdded() {
    const added = this.added;
    if (!added) return nothing;
    const t = this.localize.t.bind(this.localize);
    const { entry } = added;
    // Say exactly what happened: a place, or a place on the waitlist.
    const outcome =
      entry.status === "waitlisted"
        ? t("personWaitlisted", {
            name: entry.name,
            position: this.localize.number(entry.position ?? 0),
          })
        : t("personAdded", { name: entry.name });
    return html`<div class="notice" role="status">
      <p>${outcome}</p>
      <p>${t("handOverLink")}</p>
      <a class="manage-url" href=${added.manageUrl}>${added.manageUrl}</a>
      <button type="button" class="button secondary small" @click=${this.copy}>
        ${t(this.copied ? "copied" : "copyLink")}
      </button>
    </div>`;
  }

  private readonly onInput = (input: Event): void => {
    const control = input.target as HTMLInputElement | HTMLTextAreaElement;
    if (control.name) this.typed = { ...this.typed, [control.name]: control.value };
  };

  private readonly copy = async () => {
    if (!this.added) return;
    await navigator.clipboard?.writeText(this.added.manageUrl).catch(() => undefined);
    this.copied = true;
  };

  private async onSubmit(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const event = this.event;
    if (!event || this.sending) return;
    const form = submit.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? "").trim();
    const { answers, errors } = readAnswers(form, this.asked, this.localize);
    if (!text("name")) errors.name = this.localize.t("personNameMissing");
    if (!data.get("consentInPerson")) errors.consentInPerson = this.localize.t("consentMissing");
    this.errors = errors;
    this.formError = "";
    if (Object.keys(errors).length > 0) {
      this.formError = this.localize.t("errorValidation");
      await this.focusOn('[aria-invalid="true"]');
      return;
    }
    const body: OnBehalfBody = {
      slotId: text("slotId"),
      name: text("name"),
      adults: Number(text("adults") || "0"),
      children: Number(text("children") || "0"),
      email: text("email") || null,
      phone: text("phone") || null,
      locale: text("locale") || this.localize.locale,
      needs: {
        interpreterLanguage: text("needs.interpreterLanguage") || null,
        accessibility: text("needs.accessibility") || null,
        dietary: text("needs.dietary") || null,
      },
      answers,
      consentInPerson: true,
    };
    this.sending = true;
    try {
      const { entry, manageUrl } = await registerOnBehalf(this.org, event.id, body);
      this.added = { entry, manageUrl };
      this.copied = false;
      this.typed = {};
      form.reset();
      this.emit("hearth-admin-roster-changed", { entry });
    } catch (error) {
      this.errors = fieldErrorsOf(error, this.localize);
      this.formError = errorText(error, this.localize);
      await this.focusOn('[aria-invalid="true"]');
    } finally {
      this.sending = false;
    }
  }
}
