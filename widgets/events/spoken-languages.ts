import { languages } from "../../i18n/languages.js";

/**
 * The language filter of a network's catalogue offers every language Hearth speaks, whatever the
 * page loaded so far holds — so the list does not change under the reader as pages load, and
 * everyone finds their own language, named in itself — then any other language spoken at the
 * events loaded (an organiser may list Polish or Dari as `prs`), and the one chosen.
 */
export function languageOptions(spoken: Iterable<string>, chosen: string): string[] {
  const known = languages.map((language) => language.code as string);
  const others = new Set([...spoken, chosen].filter((code) => code && !known.includes(code)));
  return [...known, ...[...others].sort()];
}

/** A language's name in itself: ours from the registry, any other from the browser. */
export function ownName(code: string): string {
  const registered = languages.find((language) => language.code === code);
  if (registered) return registered.name;
  try {
    return new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
