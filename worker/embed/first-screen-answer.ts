import type {
  FirstScreenOutcome,
  FirstScreenRefusal,
} from "../../schema/contracts/first-screen-outcome.js";
import { escapeHtml as e } from "../messages/html.js";

/*
 * What the worker answers a form a first screen sent itself (`widgets/shared/first-screen-send.ts`):
 * HTML drawn as the widget draws the same outcome, whose first element carries the outcome as
 * JSON (`data-outcome`) for the widget to take over when its code arrives.
 */

/**
 * The answer's wrapper, carrying `outcome`; `replaces`: its content takes the whole screen's
 * place (a manage page's, a cook's next step), `focus` (a selector) then takes focus.
 */
export const answerWith = (
  outcome: FirstScreenOutcome,
  content: string,
  { replaces = false, focus = "" } = {},
) =>
  `<div data-outcome="${e(JSON.stringify(outcome))}"` +
  (replaces ? " data-replaces" : "") +
  (focus ? ` data-focus="${e(focus)}"` : "") +
  `>${content}</div>`;

/** Words for beside one control: by its name, and its value for one choice among many (a shift). */
export interface SaidBeside {
  name: string;
  value?: string;
  text: string;
}

/**
 * Refused: `summary` for above the form, then each control's words, `data-for` its name (and
 * `data-value`), to go beside it.
 */
export function renderRefusal(
  outcome: FirstScreenRefusal,
  summary: string,
  beside: readonly SaidBeside[],
): string {
  return answerWith(
    outcome,
    `<p>${e(summary)}</p>` +
      beside
        .map(({ name, value, text }) => {
          const id = `${value === undefined ? name : `${name}-${value}`}-error`;
          return (
            `<p part="error" class="error" data-for="${e(name)}"` +
            (value === undefined ? "" : ` data-value="${e(value)}"`) +
            ` id="${e(id)}">${e(text)}</p>`
          );
        })
        .join(""),
  );
}
