import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { AdminDish } from "../../../schema/contracts/admin/festivals.js";
import { directionOf } from "../../../i18n/languages.js";
import { saveDishTranslations } from "./festival-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { errorText } from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { cookWords } from "./dish-summary.js";
import { festivalStyles } from "./festival.styles.js";

/**
 * One dish: the cook's own words beside a name and description field per festival language,
 * missing names flagged, saved on its own.
 *
 * @tag hearth-admin-dish-translation-form
 *
 * @fires hearth-admin-application-changed - The translations were saved; the page passes the new dish back in.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminDishTranslationForm extends AdminElement {
  static override styles = festivalStyles;

  @property() org = "";
  @property({ attribute: "event-id" }) eventId = "";
  @property({ attribute: false }) dish: AdminDish | undefined;
  /** The cook's language: their words are the original. */
  @property({ attribute: "cook-locale" }) cookLocale = "";
  /** The festival's languages to translate into. */
  @property({ attribute: false }) locales: readonly string[] = [];
  @property({ type: Boolean, attribute: "can-write" }) canWrite = false;

  @state() private error = "";
  @state() private busy = false;

  override render() {
    const dish = this.dish;
    if (!dish) return nothing;
    const t = this.localize.t.bind(this.localize);
    const words = cookWords(dish, this.cookLocale);
    const targets = this.locales.filter((locale) => locale !== this.cookLocale);
    return this.renderBase(
      html`<form novalidate class="panel" @submit=${this.onSave}>
        <fieldset>
          <legend lang=${words.lang} dir=${words.dir}>${words.name}</legend>
          <p class="muted">
            ${t("cookWordsIn", { language: this.localize.languageName(this.cookLocale) })}
          </p>
          <p class="cook-words" lang=${words.lang} dir=${words.dir}>
            <strong>${words.name}</strong
            >${words.description ? html`<br />${words.description}` : nothing}
          </p>
          <div class="side-by-side">
            ${targets.map((locale) => this.renderLocale(dish, locale))}
          </div>
        </fieldset>
        ${this.error ? html`<p class="alert" role="alert" tabindex="-1">${this.error}</p>` : nothing}
        ${
          this.canWrite
            ? html`<div class="actions">
                <button class="button secondary" type="submit" ?disabled=${this.busy}>
                  ${t("saveTranslations")}<span class="visually-hidden">: ${words.name}</span>
                </button>
              </div>`
            : nothing
        }
      </form>`,
    );
  }

  private renderLocale(dish: AdminDish, locale: string) {
    const t = this.localize.t.bind(this.localize);
    const language = `${this.localize.languageName(locale)} (${locale})`;
    const missing = dish.missingTranslations.includes(locale) || !dish.name[locale];
    const common = { lang: locale, dir: directionOf(locale), disabled: !this.canWrite };
    return html`<div class="form">
      ${renderField({
        ...common,
        name: `name.${locale}`,
        label: t("dishNameIn", { language }),
        value: dish.name[locale] ?? "",
        extra: missing ? html`<span class="badge missing">${t("missing")}</span>` : nothing,
      })}
      ${renderField({
        ...common,
        name: `description.${locale}`,
        label: t("dishDescriptionIn", { language }),
        value: dish.description[locale] ?? "",
        multiline: true,
      })}
    </div>`;
  }

  private async onSave(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const dish = this.dish!;
    const form = event.currentTarget as HTMLFormElement;
    const name: Record<string, string> = { ...dish.name };
    const description: Record<string, string> = { ...dish.description };
    for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      "input, textarea",
    )) {
      const [field, locale] = control.name.split(".");
      if (!locale) continue;
      (field === "name" ? name : description)[locale] = control.value.trim();
    }
    this.busy = true;
    this.error = "";
    try {
      const { application } = await saveDishTranslations(this.org, this.eventId, dish.id, {
        name,
        description,
      });
      const announcement = this.localize.t("translationsSaved", {
        dish: cookWords(dish, this.cookLocale).name,
      });
      this.emit("hearth-admin-application-changed", { application, announcement });
    } catch (error) {
      this.error = errorText(error, this.localize);
      await this.focusOn(".alert");
    } finally {
      this.busy = false;
    }
  }
}
