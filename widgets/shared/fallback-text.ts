import type { TemplateResult } from "lit";
import { html as litHtml } from "lit";

/*
 * Strings that fell back to English because the reader's catalogue lacks them (a partial import).
 * A string equal to one of them is English whichever key it came from, so marking it is right.
 */
const englishFallbacks = new Set<string>();

export function markEnglishFallback(text: string): void {
  if (text) englishFallbacks.add(text);
}

/** For each value of a template: does it stand inside a tag (an attribute) rather than as content? */
const insideTag = new WeakMap<TemplateStringsArray, boolean[]>();

function positionsOf(strings: TemplateStringsArray): boolean[] {
  let known = insideTag.get(strings);
  if (!known) {
    let open = false;
    known = strings.slice(0, -1).map((part) => {
      const lastOpen = part.lastIndexOf("<");
      const lastClose = part.lastIndexOf(">");
      if (lastOpen > lastClose) open = true;
      else if (lastClose > lastOpen) open = false;
      return open;
    });
    insideTag.set(strings, known);
  }
  return known;
}

/**
 * Lit's `html`, except that a text that fell back to English stands in `<span lang="en">` so
 * screen readers switch voice for it alone. Costs nothing while no string has fallen back.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  if (englishFallbacks.size === 0) return litHtml(strings, ...values);
  const inside = positionsOf(strings);
  return litHtml(
    strings,
    ...values.map((value, index) =>
      typeof value === "string" && !inside[index] && englishFallbacks.has(value)
        ? litHtml`<span lang="en" dir="ltr">${value}</span>`
        : value,
    ),
  );
}
