// `npm run i18n:export [-- --lang uk,ar] [--root <dir>]`: every translation catalogue as an XLIFF 2.0
// file, `i18n-export/<surface>/<language>/<feature>.xlf`, for Weblate, Crowdin or a CAT tool.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { languages, sourceLanguage } from "../../i18n/languages.js";
import {
  parseOptions,
  readCatalogue,
  registryCatalogues,
  shown,
  sourceMessages,
} from "./catalogues.mjs";
import { toXliff } from "./xliff.mjs";

const { root, lang } = parseOptions({ lang: { type: "string", multiple: true } });
const known = languages.map((language) => language.code);
const wanted =
  lang?.flatMap((codes) => codes.split(",")) ?? known.filter((code) => code !== sourceLanguage);
for (const code of wanted) {
  if (code === sourceLanguage) {
    console.error(`✗ ${code} is the source language: its catalogues are edited as JSON.`);
    process.exit(1);
  }
  if (!known.includes(code)) {
    console.error(`✗ ${code} is not a language in i18n/languages.ts (${known.join(", ")}).`);
    process.exit(1);
  }
}

const out = join(root, "i18n-export");
const catalogues = registryCatalogues(root).filter(
  ({ code }) => code !== sourceLanguage && wanted.includes(code),
);
// Each exported language's folders start empty, so a feature English dropped leaves no file behind.
for (const { surface, code } of catalogues)
  rmSync(join(out, surface, code), { recursive: true, force: true });
for (const entry of catalogues) {
  const file = join(out, entry.surface, entry.code, `${entry.feature}.xlf`);
  let catalogue = null;
  try {
    if (existsSync(entry.path)) catalogue = readCatalogue(entry.path);
  } catch (error) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  const source = sourceMessages(root, entry.surface, entry.feature);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, toXliff({ ...entry, source, catalogue }));
}
const exported = [...new Set(catalogues.map(({ code }) => code))];
console.log(`Exported ${catalogues.length} catalogues (${exported.join(", ")}) to ${shown(out)}/`);
