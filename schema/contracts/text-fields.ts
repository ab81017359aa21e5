import * as v from "valibot";
import type { TextKind } from "./text-rules.js";
import { hasForbiddenCharacters, isWebUrl, withoutBidiControls } from "./text-rules.js";

/**
 * A check whose issue carries its own `type`: the worker's validator turns issue types into field
 * codes, and `v.check` would report every rule as the same `check`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function rule<Input = string>(
  type: string,
  requirement: (input: Input) => boolean,
  message: string,
): v.BaseValidation<Input, Input, v.BaseIssue<Input>> {
  return {
    kind: "validation",
    type,
    reference: rule,
    async: false,
    expects: null,
    "~run"(dataset, config) {
      if (dataset.typed && !requirement(dataset.value)) {
        v._addIssue({ ...this, requirement, message }, "input", dataset, config);
      }
      return dataset;
    },
  };
}

const tooLong = (max: number) => `Use ${max} characters or fewer.`;

/** Refuses controls and half surrogate pairs, and on one line, line breaks and tabs. */
export const noControlCharacters = /* @__NO_SIDE_EFFECTS__ */ (kind: TextKind) =>
  rule(
    "control_characters",
    (text) => !hasForbiddenCharacters(text, kind),
    kind === "single-line"
      ? "Write this on one line, without tabs or hidden characters (they can come with copied text)."
      : "Remove the hidden characters; they can come with copied text.",
  );

/**
 * One line of a person's or an organiser's words: a name, a title, a label. Trimmed; direction
 * controls are removed, controls and line breaks refused. With `required`, empty is refused with
 * that message (and a value that is not text too).
 */
/* @__NO_SIDE_EFFECTS__ */
export function singleLineText(max: number, required?: string) {
  const text = v.pipe(
    v.string(required),
    v.transform(withoutBidiControls),
    v.trim(),
    noControlCharacters("single-line"),
    v.maxLength(max, tooLong(max)),
  );
  return required ? v.pipe(text, v.nonEmpty(required)) : text;
}

/** A text box: line breaks and tabs are fine, other controls refused. Trimmed. */
/* @__NO_SIDE_EFFECTS__ */
export function multiLineText(max: number, required?: string) {
  const text = v.pipe(
    v.string(required),
    v.trim(),
    noControlCharacters("multi-line"),
    v.maxLength(max, tooLong(max)),
  );
  return required ? v.pipe(text, v.nonEmpty(required)) : text;
}

/** A link people will follow: `http:` or `https:` only. */
/* @__NO_SIDE_EFFECTS__ */
export function webUrl() {
  return v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(2000, tooLong(2000)),
    rule("url", isWebUrl, "Use a full web address, starting with https://"),
  );
}
