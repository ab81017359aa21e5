// A public widget's strings, one module per language: the keys of the features it names that the
// code of its folder (and what that code imports) uses, merged. A reader fetches one small file
// instead of every string of every feature. The build (vite.config.ts) and the widget tests
// (tests/widgets/web-test-runner.config.mjs) both serve `virtual:hearth-strings/<features>` from
// here, so the tests run with exactly the strings a reader gets.
//
// A part an element loads later (a manage page, a form's later steps) may have strings of its own,
// so the first render fetches none of them: `<part>.strings.ts` beside it imports
// `virtual:hearth-strings/<features>` for the keys the part's code uses, and the element imports
// that small module to fetch them beside the part's code (`lazyPart` in widgets/shared/lazy.ts).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const stringsPrefix = "virtual:hearth-strings/";
/** embed.js's table of every widget's strings folder (see `stringsOfWidgets`). */
export const widgetStringsId = "virtual:hearth-widget-strings";

const root = path.resolve(import.meta.dirname, "..");
const publicCatalogues = path.join(root, "i18n/public");

/** Every language with public catalogues (i18n/languages.ts lists the same; a test checks). */
export const stringLanguages = () =>
  readdirSync(publicCatalogues, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/** `virtual:hearth-strings/common+events` → `["common", "events"]`, each a catalogue in English. */
export function featuresOf(specifier) {
  const features = specifier.slice(stringsPrefix.length).split("+");
  for (const feature of features) {
    if (
      !/^[a-z]+$/.test(feature) ||
      !existsSync(path.join(publicCatalogues, "en", `${feature}.json`))
    )
      throw new Error(`${specifier}: no public catalogue "${feature}"`);
  }
  return features;
}

/** A relative import of a TypeScript module, as a file path (`./card.js` names `./card.ts`). */
function sourceOf(specifier, from) {
  if (!specifier.startsWith(".")) return undefined;
  const file = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ".ts"));
  return file.endsWith(".ts") && existsSync(file) ? file : undefined;
}

/** Imports that run code (not `import type`): `from "…"`, `import "…"`, `import("…")`. */
const importPattern =
  /(?:\b(?:import|export)\s+(type\s)?[^;"'`]*?\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
/** Quoted words, and words before a colon (object keys, which tables of keys may use). */
const wordPattern = /["'`]([A-Za-z_$][\w$]*)["'`]|\b([A-Za-z_$][\w$]*)\s*:/g;

/** The modules `file` imports, each with whether it is imported lazily (`import("…")`). */
const importsOf = (file) =>
  [...readFileSync(file, "utf8").matchAll(importPattern)]
    .filter(([, typeOnly]) => !typeOnly)
    .map(([whole, , specifier]) => ({
      file: sourceOf(specifier, file),
      lazily: /\bimport\s*\(/.test(whole),
    }))
    .filter((entry) => entry.file);

const partStrings = /\.strings\.ts$/;
/** The part whose strings `file` names: `booking-change.strings.ts` → `booking-change.ts`. */
const partOf = (file) => file.replace(partStrings, ".ts");
/** The module naming a part's own strings: `booking-change.ts` → `booking-change.strings.ts`. */
const stringsOfPart = (part) => part.replace(/\.ts$/, ".strings.ts");

/** Another element, which brings its own strings: it registers elements (`define*.ts`) or has some. */
const isOtherElement = (file, code) =>
  path.basename(file).startsWith("define") || /from\s*["']virtual:hearth-strings\//.test(code);

/**
 * Every word the element's code could pass as a key: its module and everything it imports, also
 * lazily, and the modules beside it that import it (its subclasses, which inherit its strings)
 * with theirs; not other elements, which bring their own strings (the sign-up form an event's page
 * loads, the visit forms a visit's page loads), nor a part it loads lazily with the part's own
 * strings (its importer imports `<part>.strings.ts` too, as `lazyPart` needs). A part imported at
 * once, or loaded without its strings, keeps its words in the importer's file.
 */
export function wordsUsedBy(element) {
  const folder = path.dirname(element);
  const subclasses = readdirSync(folder)
    .map((name) => path.join(folder, name))
    .filter(
      (file) =>
        file.endsWith(".ts") &&
        !partStrings.test(file) &&
        importsOf(file).some((entry) => entry.file === element && !entry.lazily),
    );
  const pending = [element, ...subclasses].map((file) => ({ file, withOwnStrings: false }));
  const seen = new Set();
  const words = new Set();
  while (pending.length > 0) {
    const { file, withOwnStrings } = pending.pop();
    if (seen.has(file)) continue;
    const code = readFileSync(file, "utf8");
    if (file !== element && (withOwnStrings || isOtherElement(file, code))) continue;
    seen.add(file);
    const imports = importsOf(file);
    const imported = new Set(imports.map((entry) => entry.file));
    pending.push(
      ...imports.map((entry) => ({
        file: entry.file,
        withOwnStrings: entry.lazily && imported.has(stringsOfPart(entry.file)),
      })),
    );
    for (const [, quoted, key] of code.matchAll(wordPattern)) words.add(quoted ?? key);
  }
  return words;
}

function messagesOf(lang, feature) {
  const file = path.join(publicCatalogues, lang, `${feature}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")).messages : {};
}

/**
 * The strings of the element in `file` (which imports `specifier`; for `<part>.strings.ts`, those of
 * the part) for every language: its name (the element's or part's file), a hash of them all (their folder in the build, so a changed string is a new URL
 * and files cache forever), and each language's module. A language lacking a key falls back to
 * English at run time.
 */
export function widgetStrings(specifier, file) {
  const features = featuresOf(specifier);
  const element = partOf(path.resolve(file));
  const words = wordsUsedBy(element);
  const modules = new Map();
  for (const lang of stringLanguages()) {
    const messages = {};
    for (const feature of features) {
      for (const [key, text] of Object.entries(messagesOf(lang, feature))) {
        if (words.has(key)) messages[key] = text;
      }
    }
    modules.set(lang, `export default ${JSON.stringify(messages)};\n`);
  }
  const hash = createHash("sha256");
  for (const [lang, code] of modules) hash.update(`${lang}\n${code}`);
  return {
    name: path.basename(element, ".ts"),
    hash: hash.digest("base64url").slice(0, 8),
    modules,
  };
}

/**
 * The module a widget imports: its strings' source (`CatalogueSource`), loading a language's file
 * from `urlOf(locale)` (an expression in `locale`).
 */
export function stringsLoader({ name, languagesModule, urlOf }) {
  return `import { publicLanguages } from ${JSON.stringify(languagesModule)};
const here = import.meta.url;
export default {
  id: ${JSON.stringify(name)},
  languages: publicLanguages,
  load: (locale) => import(/* @vite-ignore */ new URL(${urlOf}, here).href).then((module) => module.default),
};
`;
}

/**
 * What embed.js needs to fetch a widget's strings with its code: for each public widget
 * (`hearth-<folder>`, its element in `widgets/<folder>/<folder>.ts`) the folder its language files
 * are in, from `folderOf(specifier, strings, elementFile)`, and the languages they exist in.
 */
export function stringsOfWidgets(folderOf) {
  const widgets = path.join(root, "widgets");
  const folders = {};
  for (const name of readdirSync(widgets)) {
    const element = path.join(widgets, name, `${name}.ts`);
    if (!existsSync(path.join(widgets, name, "define.ts")) || !existsSync(element)) continue;
    const specifier = readFileSync(element, "utf8").match(
      /["'](virtual:hearth-strings\/[^"']+)["']/,
    )?.[1];
    if (specifier) {
      folders[`hearth-${name}`] = folderOf(specifier, widgetStrings(specifier, element), element);
    }
  }
  return `export const stringFolders = ${JSON.stringify(folders)};\nexport const stringLanguages = ${JSON.stringify(stringLanguages())};\n`;
}
