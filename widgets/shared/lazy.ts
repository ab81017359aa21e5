import type { CSSResult } from "lit";
import { adoptStyles, supportsAdoptingStyleSheets } from "lit";
import type { CatalogueSource } from "../i18n/catalogues.js";

/**
 * A module loaded the first time it is asked for, e.g. a form's contract (valibot and the API's
 * schema) once someone starts answering, so the first paint never waits for it. A failed load
 * (a network blip) is tried again the next time.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * `lazy` for a part with strings of its own (a manage page, a form's later steps; see
 * scripts/widget-strings.mjs): its strings, from `<part>.strings.ts`, are fetched beside its code
 * in the reader's language and added to the element's, so the first render fetches none of them
 * and the part's first paint is already in the reader's language.
 */
export function lazyPart<T>(
  localize: { extend(strings: CatalogueSource): Promise<void> },
  strings: CatalogueSource,
  load: () => Promise<T>,
): () => Promise<T> {
  return lazy(async () => {
    const [part] = await Promise.all([load(), localize.extend(strings)]);
    return part;
  });
}

/** Starts loading ahead of need; a failure shows later, where the module is needed. */
export const prefetch = (load: () => Promise<unknown>) => (): void => {
  load().catch(() => undefined);
};

/**
 * Adds the styles of a part loaded later (a manage page, the later steps of a form) after the
 * element's own, so the first render carries only the styles it shows. A sheet already there is
 * not added twice.
 */
export function adoptLater(root: ShadowRoot, styles: readonly CSSResult[]): void {
  if (!supportsAdoptingStyleSheets) return adoptStyles(root, [...styles]);
  const sheets = styles.map((style) => style.styleSheet).filter((sheet) => sheet !== undefined);
  adoptStyles(root, [
    ...root.adoptedStyleSheets,
    ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet)),
  ]);
}
