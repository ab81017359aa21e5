import { aliases, sourceLanguage } from "./languages.js";

const wellFormed = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

/**
 * A tag in the form Hearth stores and compares (`fa-AF`, `uk`, `ku-Arab`), or null when it is not
 * a language tag at all. Never throws, whatever a host page or a header says.
 */
export function normalizeTag(tag: string | null | undefined): string | null {
  const trimmed = (tag ?? "").trim().replace(/_/g, "-");
  if (!wellFormed.test(trimmed)) return null;
  try {
    return Intl.getCanonicalLocales(trimmed)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The BCP 47 lookup chain for a tag, most specific first, with aliases followed:
 * `fa-AF` → `fa-AF`, `fa`; `prs` → `prs`, `fa`; `uk-UA` → `uk-UA`, `uk`.
 */
export function fallbackChain(tag: string | null | undefined): string[] {
  const normalized = normalizeTag(tag);
  if (!normalized) return [];
  const chain: string[] = [];
  const subtags = normalized.split("-");
  for (let length = subtags.length; length > 0; length--) {
    const candidate = subtags.slice(0, length).join("-");
    chain.push(candidate);
    const alias = aliases[candidate.toLowerCase()];
    if (alias) chain.push(alias);
  }
  return [...new Set(chain)];
}

export interface Negotiated {
  /** A supported language: what the interface is written in. */
  locale: string;
  /**
   * The reader's first preference, kept whole even when the interface can't speak it: content
   * lookups start there (`fa-AF` finds an `fa-AF` text first; an organisation may write in `am`).
   */
  requested: string;
}

/**
 * The one negotiation rule: each preference in order (the element's `lang`, the host page's
 * `<html lang>`, the browser's languages, the organisation's default) through its fallback chain;
 * the first supported language wins, else the source language.
 */
export function negotiate(
  preferences: readonly (string | null | undefined)[],
  supported: readonly string[],
): Negotiated {
  const wellFormed = preferences.map(normalizeTag).filter((tag): tag is string => tag !== null);
  const requested = wellFormed[0] ?? sourceLanguage;
  for (const preference of wellFormed) {
    for (const candidate of fallbackChain(preference)) {
      const match = supported.find((code) => code.toLowerCase() === candidate.toLowerCase());
      if (match) return { locale: match, requested };
    }
  }
  return { locale: sourceLanguage, requested };
}
