import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";

export interface FieldOptions {
  /** The control's name: a path like the server's field paths (`title.en`, `slots.0.capacity`). */
  name: string;
  label: string;
  value: string;
  type?: "text" | "email" | "password" | "number" | "url" | "date" | "datetime-local" | "search";
  hint?: string | undefined;
  error?: string | undefined;
  /** The content's own language, for multilingual fields. */
  lang?: string | undefined;
  dir?: "ltr" | "rtl" | undefined;
  multiline?: boolean;
  autocomplete?: string;
  required?: boolean;
  disabled?: boolean;
  list?: string;
  /** Numbers: the range the spin buttons keep to (the server checks it all the same). */
  min?: string;
  max?: string;
  extra?: unknown;
}

/**
 * Names, emails and free text may be typed in any script, so the browser picks their direction
 * from what is typed; numbers and dates read left to right everywhere.
 */
const typedDirection = (type: FieldOptions["type"]) =>
  type === "number" || type === "date" || type === "datetime-local" ? "ltr" : "auto";

/** Ids can't hold dots nicely in selectors; names can. */
export const idFor = (name: string) => `f-${name.replace(/[^\w-]/g, "-")}`;

/** Label, hint, control and error in one shadow root, tied with ids (WCAG: labels beside fields). */
export function renderField(options: FieldOptions) {
  const id = idFor(options.name);
  const describedBy =
    [options.hint ? `${id}-hint` : "", options.error ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  const control = options.multiline
    ? html`<textarea
        id=${id}
        name=${options.name}
        rows="3"
        lang=${ifDefined(options.lang)}
        dir=${options.dir ?? "auto"}
        .value=${live(options.value)}
        ?disabled=${options.disabled}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${options.error ? "true" : "false"}
      ></textarea>`
    : html`<input
        id=${id}
        name=${options.name}
        type=${options.type ?? "text"}
        lang=${ifDefined(options.lang)}
        dir=${options.dir ?? typedDirection(options.type)}
        .value=${live(options.value)}
        autocomplete=${ifDefined(options.autocomplete)}
        list=${ifDefined(options.list)}
        min=${ifDefined(options.min ?? (options.type === "number" ? "0" : undefined))}
        max=${ifDefined(options.max)}
        ?required=${options.required}
        ?disabled=${options.disabled}
        aria-describedby=${ifDefined(describedBy)}
        aria-invalid=${options.error ? "true" : "false"}
      />`;
  return html`<div class="field">
    <label for=${id}>${options.label} ${options.extra ?? nothing}</label>
    ${options.hint ? html`<p id="${id}-hint" class="hint muted">${options.hint}</p>` : nothing}
    ${control}
    ${options.error ? html`<p id="${id}-error" class="error">${options.error}</p>` : nothing}
  </div>`;
}
