// Where the catalogues live and how they are read and written, for the i18n scripts and tests.
// The rules themselves (placeholders, plural forms, missing keys) are the core's, in i18n/*.ts.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { catalogueProblems, missingKeys } from "../../i18n/catalogue.js";
import {
  dashboardLanguages,
  pluralCategoriesOf,
  publicLanguages,
  sourceLanguage,
} from "../../i18n/languages.js";

export const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));

export const surfaces = ["public", "messages", "dashboard"];

/** The order plural forms are written in: CLDR's, as people read them (Intl sorts them by name). */
const pluralOrder = ["zero", "one", "two", "few", "many", "other"];

export function pluralCategories(code) {
  const needed = pluralCategoriesOf(code);
  return pluralOrder.filter((category) => needed.includes(category));
}

export function languagesOf(surface) {
  return surface === "dashboard" ? dashboardLanguages : publicLanguages;
}

/** The catalogue files a surface is split into, as English has them. */
export function featuresOf(root, surface) {
  if (surface !== "public") return [surface];
  return readdirSync(join(root, "i18n", "public", sourceLanguage))
    .filter((name) => name.endsWith(".json"))
    .map((name) => name.slice(0, -".json".length))
    .sort();
}

/** A catalogue's path inside `i18n/`. */
export function cataloguePath(surface, feature, code) {
  return surface === "public" ? `public/${code}/${feature}.json` : `${surface}/${code}.json`;
}

/** Every catalogue the registry asks for, surface by surface, languages in registry order. */
export function registryCatalogues(root) {
  return surfaces.flatMap((surface) =>
    languagesOf(surface).flatMap((code) =>
      featuresOf(root, surface).map((feature) => ({
        surface,
        feature,
        code,
        path: join(root, "i18n", cataloguePath(surface, feature, code)),
      })),
    ),
  );
}

export function readCatalogue(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path} is not JSON: ${error.message}`, { cause: error });
  }
}

/** The English messages a catalogue translates. */
export function sourceMessages(root, surface, feature) {
  return readCatalogue(join(root, "i18n", cataloguePath(surface, feature, sourceLanguage)))
    .messages;
}

/** As Prettier writes JSON: two spaces, real characters, a final newline. */
export function formatCatalogue(catalogue) {
  return `${JSON.stringify(catalogue, null, 2)}\n`;
}

/**
 * Everything wrong with one catalogue, and how complete it is. A missing or unreadable file is a
 * problem of its own; missing keys are not (the runtime falls back to English per string).
 */
export function inspectCatalogue(root, { surface, feature, code, path }) {
  const source = sourceMessages(root, surface, feature);
  const total = Object.keys(source).length;
  const unusable = (problem) => ({
    total,
    missing: Object.keys(source),
    problems: [{ key: "", problem }],
  });
  if (!existsSync(path)) return unusable("the file is missing");
  let catalogue;
  try {
    catalogue = readCatalogue(path);
  } catch (error) {
    return unusable(`is not JSON: ${error.cause.message}`);
  }
  const problems = [];
  const expected = code === sourceLanguage ? ["source"] : ["draft", "reviewed"];
  if (!expected.includes(catalogue.status)) {
    problems.push({
      key: "status",
      problem: `is ${catalogue.status}; expected ${expected.join(" or ")}`,
    });
  }
  const messages = catalogue.messages ?? {};
  problems.push(...catalogueProblems(source, messages, code));
  return {
    status: catalogue.status,
    total,
    missing: missingKeys(source, messages),
    problems,
  };
}

/** Catalogue files that no registry language asks for: a language without its line, a stray feature. */
export function strayCatalogues(root) {
  const expected = new Set(registryCatalogues(root).map(({ path }) => path));
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) found.push(path);
    }
  };
  for (const surface of surfaces) {
    if (existsSync(join(root, "i18n", surface))) walk(join(root, "i18n", surface));
  }
  return found.filter((path) => !expected.has(path)).sort();
}

/** The options every i18n script takes, `--root` being the folder that holds `i18n/`. */
export function parseOptions(options = {}) {
  let parsed;
  try {
    parsed = parseArgs({
      options: { root: { type: "string" }, ...options },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  const { values, positionals } = parsed;
  const root = values.root ?? repositoryRoot;
  if (!existsSync(join(root, "i18n", "public", sourceLanguage))) {
    console.error(`✗ ${root} holds no catalogues (no i18n/public/${sourceLanguage}/).`);
    process.exit(1);
  }
  return { ...values, root, positionals };
}

/** A path as short as it can be shown: relative to the working folder when inside it. */
export function shown(path) {
  const inside = relative(process.cwd(), path);
  return inside === "" ? "." : inside.startsWith("..") ? path : inside;
}
