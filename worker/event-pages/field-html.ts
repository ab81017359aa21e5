import { escapeHtml } from "../messages/html.js";

/** Ids listed in `aria-describedby` and used in `href="#…"` must hold no spaces or dots. */
export const fieldId = (name: string) => name.replace(/[^\w-]/g, "-");

/** What ties a control to its hint and its error. */
export function describedBy(id: string, hint: boolean, error: boolean): string {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length > 0 ? ` aria-describedby="${ids.join(" ")}"` : "";
}

export const invalid = (error: string | undefined) => ` aria-invalid="${error ? "true" : "false"}"`;

/** The error beside its field, after the label and hint and before the control, as people scan. */
export const errorHtml = (id: string, error: string | undefined) =>
  error ? `<p id="${id}-error" class="error">${escapeHtml(error)}</p>\n` : "";

export const hintHtml = (id: string, hint: string | undefined) =>
  hint ? `<p id="${id}-hint" class="hint">${escapeHtml(hint)}</p>\n` : "";

export interface TextFieldOptions {
  name: string;
  label: string;
  value: string;
  hint?: string;
  error?: string;
  type?: "text" | "email" | "tel";
  /** A number, typed as text so digits from any keyboard work (٢ and ۲ too). */
  numeric?: "numeric" | "decimal";
  autocomplete?: string;
  multiline?: boolean;
  required?: boolean;
  /** Extra `lang` and `dir` for the label (an organiser's question in its own language). */
  labelHtml?: string;
  className?: string;
}

/** Label, hint, error and control, tied together by ids, as the widget draws them. */
export function textField(options: TextFieldOptions): string {
  const id = fieldId(options.name);
  const attributes =
    ` id="${id}" name="${escapeHtml(options.name)}"` +
    describedBy(id, Boolean(options.hint), Boolean(options.error)) +
    invalid(options.error) +
    (options.required ? ` aria-required="true"` : "") +
    (options.autocomplete ? ` autocomplete="${options.autocomplete}"` : "");
  const control = options.multiline
    ? `<textarea${attributes} rows="3" dir="auto">${escapeHtml(options.value)}</textarea>`
    : `<input${attributes} type="${options.type ?? "text"}"` +
      (options.numeric ? ` inputmode="${options.numeric}" dir="ltr"` : ` dir="auto"`) +
      (options.type === "email" ? ` inputmode="email"` : "") +
      ` value="${escapeHtml(options.value)}">`;
  return (
    `<div class="field${options.className ? ` ${options.className}` : ""}">\n` +
    `<label for="${id}">${options.labelHtml ?? escapeHtml(options.label)}</label>\n` +
    hintHtml(id, options.hint) +
    errorHtml(id, options.error) +
    `${control}\n</div>\n`
  );
}

export interface ChoiceGroupOptions {
  name: string;
  legendHtml: string;
  type: "radio" | "checkbox";
  options: { value: string; labelHtml: string; checked: boolean; disabled?: boolean }[];
  hint?: string;
  error?: string;
}

/**
 * Radio buttons or checkboxes under a legend; the first control carries the group's id, so the
 * error summary's link lands on it.
 */
export function choiceGroup(group: ChoiceGroupOptions): string {
  const id = fieldId(group.name);
  const choices = group.options
    .map(
      (option, index) =>
        `<label class="choice"><input type="${group.type}" id="${index === 0 ? id : `${id}-${index + 1}`}"` +
        ` name="${escapeHtml(group.name)}" value="${escapeHtml(option.value)}"` +
        (option.checked ? " checked" : "") +
        (option.disabled ? " disabled" : "") +
        invalid(group.error) +
        `><span>${option.labelHtml}</span></label>`,
    )
    .join("\n");
  return (
    `<fieldset${describedBy(id, Boolean(group.hint), Boolean(group.error))}>\n` +
    `<legend>${group.legendHtml}</legend>\n` +
    hintHtml(id, group.hint) +
    errorHtml(id, group.error) +
    `${choices}\n</fieldset>\n`
  );
}
