/**
 * What text people send may hold, as plain functions without dependencies: the contracts build
 * their schemas on them (`text-fields.ts`), and a widget can apply the same rule without valibot.
 */

/** One line of text (a name, a title) or a text box (needs, a story, a message). */
export type TextKind = "single-line" | "multi-line";

/*
 * With the `u` flag a well-formed surrogate pair is one code point, so `\p{Cs}` matches only a
 * half pair: not a character at all, and it turns into U+FFFD or an error on its way to a database,
 * an email or a CSV file.
 */
const forbidden: Record<TextKind, RegExp> = {
  /** Controls (C0, DEL, C1) and line breaks, tabs included: a name stays one line. */
  "single-line": /[\p{Cc}\p{Cs}\u2028\u2029]/u,
  /** Controls but tab, line feed and carriage return. */
  "multi-line": /(?![\t\n\r])\p{Cc}|\p{Cs}/u,
};

/**
 * Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069): one of them can make a name
 * read backwards or turn the direction of the text around it, in a roster or an email.
 */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;

/** True when the text holds a control character, a half surrogate pair or, on one line, a break. */
export function hasForbiddenCharacters(text: string, kind: TextKind): boolean {
  return forbidden[kind].test(text);
}

/** The text without direction controls; right-to-left names keep their own direction. */
export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, "");
}

/** Spaces, tabs and line breaks only (or nothing). */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/**
 * A full `http:` or `https:` address. Every other scheme is refused: `javascript:` and `data:`
 * run or show what the sender chose when someone follows the link. Spaces and controls are refused
 * rather than dropped as the URL parser would, so the stored address is the one that was checked.
 */
export function isWebUrl(text: string): boolean {
  if (/\s/.test(text) || hasForbiddenCharacters(text, "single-line")) return false;
  try {
    const { protocol } = new URL(text);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}
