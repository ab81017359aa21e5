import * as v from "valibot";
import { themeTokens, themeValue } from "../../schema/contracts/admin/settings.js";

type ThemeToken = (typeof themeTokens)[number];

/**
 * Beyond the settings' rule (no `;`, braces or angle brackets, one line, at most 100 characters):
 * the value is written into the page's own `<style>`, where a comment, an escape or an unclosed
 * string could swallow the declarations after it, and `url(` would make the reader's browser ask
 * another server for something. A value with any of them is left out.
 */
const unsafeInStyle = /\/\*|\*\/|\\|url\s*\(|@/i;

function hasBalancedQuotes(value: string): boolean {
  return (value.split('"').length - 1) % 2 === 0 && (value.split("'").length - 1) % 2 === 0;
}

/** A theme value the page may declare, trimmed; undefined for one that breaks a rule. */
export function safeThemeValue(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const checked = v.safeParse(themeValue, value);
  if (!checked.success || checked.output === "") return undefined;
  const text = checked.output;
  return unsafeInStyle.test(text) || !hasBalancedQuotes(text) ? undefined : text;
}

/**
 * The `--hearth-*` tokens an embed page declares: the organisation's theme, then what the
 * address asks for (`?color-primary=%230b57d0&radius=8px`), token by token. Unknown parameters
 * and values that break a rule are ignored, so a bad one never costs the others.
 */
export function embedTheme(
  organisationTheme: Readonly<Record<string, string>>,
  query: (name: string) => string | undefined,
): Partial<Record<ThemeToken, string>> {
  const theme: Partial<Record<ThemeToken, string>> = {};
  for (const token of themeTokens) {
    const value = safeThemeValue(query(token)) ?? safeThemeValue(organisationTheme[token]);
    if (value !== undefined) theme[token] = value;
  }
  return theme;
}

/** The tokens as one CSS rule on the page's root, inherited by the widget's shadow root. */
export function themeCss(theme: Partial<Record<ThemeToken, string>>): string {
  const declarations = Object.entries(theme).map(([token, value]) => `--hearth-${token}:${value}`);
  return declarations.length > 0 ? `:root{${declarations.join(";")}}` : "";
}
