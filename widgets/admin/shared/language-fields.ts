import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { LocaleText } from "../../../i18n/content.js";
import { directionOf } from "../../../i18n/languages.js";
import type { AdminLocalizeController } from "./admin-localize.js";
import type { FieldErrors } from "./errors.js";
import { idFor, renderField } from "./field.js";

export interface LanguageFieldsOptions {
  /** The path the server reports errors under (`title`, `stops.0.place`, `message`); each control is `name.locale`. */
  name: string;
  values: LocaleText;
  /** The languages to write in, side by side, in this order. */
  locales: readonly string[];
  errors: FieldErrors;
  localize: AdminLocalizeController;
  multiline?: boolean;
  disabled?: boolean;
  /** Put before the language's name in each label, when the fields have no legend of their own. */
  labelPrefix?: string;
  /** A hint under one language's label (e.g. how many people read it). */
  hintFor?: (locale: string) => string | undefined;
  /** Shown after one language's label (e.g. a "Missing" badge). */
  extraFor?: (locale: string, value: string) => unknown;
}

/**
 * One text in several languages side by side, each control carrying its language's `lang` and
 * `dir` so spell-checking, fonts and screen readers follow the text, not the dashboard.
 */
export function renderLanguageInputs(options: LanguageFieldsOptions) {
  const { localize, name } = options;
  return html`<div class="side-by-side">
    ${options.locales.map((locale) => {
      const value = options.values[locale] ?? "";
      const language = `${localize.languageName(locale)} (${locale})`;
      return renderField({
        name: `${name}.${locale}`,
        label: options.labelPrefix ? `${options.labelPrefix} — ${language}` : language,
        value,
        lang: locale,
        dir: directionOf(locale),
        multiline: options.multiline ?? false,
        disabled: options.disabled ?? false,
        hint: options.hintFor?.(locale),
        error: options.errors[`${name}.${locale}`],
        extra: options.extraFor?.(locale, value) ?? nothing,
      });
    })}
  </div>`;
}

/** The same in a fieldset with its legend, an optional hint, and the error for the whole text. */
export function renderLanguageFields(
  options: LanguageFieldsOptions & { legend: string; hint?: string; className?: string },
) {
  const error = options.errors[options.name];
  const hintId = idFor(`${options.name}-hint`);
  const errorId = idFor(`${options.name}-all`);
  const describedBy = [options.hint ? hintId : "", error ? errorId : ""].filter(Boolean).join(" ");
  return html`<fieldset
    class=${options.className ?? "translations"}
    aria-describedby=${describedBy || nothing}
  >
    <legend>${options.legend}</legend>
    ${options.hint ? html`<p id=${hintId} class="hint muted">${options.hint}</p>` : nothing}
    ${error ? html`<p id=${errorId} class="error">${error}</p>` : nothing}
    ${renderLanguageInputs(options)}
  </fieldset>`;
}

/** What was typed in the fields `renderLanguageInputs` drew under `name`: trimmed, empty ones left out. */
export function readLanguageFields(root: ParentNode, name: string): Record<string, string> {
  const words: Record<string, string> = {};
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
    `[name^="${name}."]`,
  )) {
    const text = control.value.trim();
    if (text) words[control.name.slice(name.length + 1)] = text;
  }
  return words;
}

/** Whether any language has words. */
export const hasWords = (words: LocaleText) => Object.values(words).some((text) => text !== "");

/** Language codes, each once, in the order first given (empty codes left out). */
export const eachOnce = (...groups: readonly (readonly string[])[]): string[] => [
  ...new Set(groups.flat().filter(Boolean)),
];

/** The organisation's content languages, its default first. */
export const contentLocales = (organisation: {
  defaultLocale: string;
  locales: readonly string[];
}): string[] => eachOnce([organisation.defaultLocale], organisation.locales);
