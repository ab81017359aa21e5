// `npm run i18n:import -- <files or folders> [--root <dir>]`: XLIFF files back into the JSON
// catalogues. A file with a wrong placeholder, a wrong set of plural forms or a key English does not
// have is refused whole; untranslated strings are left out (the runtime falls back to English).
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { catalogueProblems } from "../../i18n/catalogue.js";
import { languages, sourceLanguage } from "../../i18n/languages.js";
import {
  cataloguePath,
  featuresOf,
  formatCatalogue,
  languagesOf,
  parseOptions,
  sourceMessages,
} from "./catalogues.mjs";
import { catalogueFromXliff, catalogueOfFileId, readXliff, XliffError } from "./xliff.mjs";

const { root, positionals } = parseOptions();
if (positionals.length === 0) {
  console.error("Usage: npm run i18n:import -- <file.xlf or folder>… [--root <dir>]");
  process.exit(1);
}

function xliffFiles(path) {
  if (!existsSync(path)) {
    console.error(`✗ ${path} does not exist.`);
    process.exit(1);
  }
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true })
    .filter((name) => /\.(xlf|xliff)$/.test(name))
    .sort()
    .map((name) => join(path, name));
}

/** What one XLIFF document would write, or why it may write nothing. */
function importDocument(file) {
  const problems = [];
  const writes = [];
  const notes = [];
  let document;
  try {
    document = readXliff(readFileSync(file, "utf8"));
  } catch (error) {
    if (!(error instanceof XliffError)) throw error;
    return { problems: [{ key: "", problem: error.message }], writes, notes };
  }
  const { code } = document;
  if (code === sourceLanguage) {
    problems.push({
      key: "",
      problem: "translates into English, the source: edit its JSON instead",
    });
  } else if (!languages.some((language) => language.code === code)) {
    problems.push({
      key: "",
      problem: `translates into ${code}, which is not in i18n/languages.ts`,
    });
  }
  if (document.files.length === 0) problems.push({ key: "", problem: "has no <file>" });
  if (problems.length > 0) return { problems, writes, notes };

  // A document with several <file>s names the file of each problem too.
  const label = (id, key) =>
    document.files.length > 1 ? [id, key].filter(Boolean).join(" ") : key;
  for (const file of document.files) {
    const target = catalogueOfFileId(file.id ?? "");
    const refuse = (problem) => problems.push({ key: label(file.id, ""), problem });
    if (!target) {
      refuse(`<file id="${file.id}"> names no catalogue (public.<feature>, messages or dashboard)`);
      continue;
    }
    const { surface, feature } = target;
    if (!featuresOf(root, surface).includes(feature)) {
      refuse(`has no English catalogue i18n/${cataloguePath(surface, feature, sourceLanguage)}`);
      continue;
    }
    if (!languagesOf(surface).includes(code)) {
      refuse(`${code} has no ${surface} (its line in i18n/languages.ts says dashboard: false)`);
      continue;
    }
    const source = sourceMessages(root, surface, feature);
    const { catalogue, problems: own, incomplete } = catalogueFromXliff(file, source, code);
    for (const { key, problem } of [
      ...own,
      ...catalogueProblems(source, catalogue.messages, code),
    ]) {
      problems.push({ key: label(file.id, key), problem });
    }
    for (const key of incomplete) {
      notes.push(
        `${label(file.id, key)}: only some plural forms are translated; left out until all are`,
      );
    }
    const path = join(root, "i18n", cataloguePath(surface, feature, code));
    const translated = Object.keys(catalogue.messages).length;
    const summary = `${translated} of ${Object.keys(source).length} strings, ${catalogue.status}`;
    writes.push({ path, text: formatCatalogue(catalogue), summary });
  }
  return { problems, writes, notes };
}

const files = positionals.flatMap(xliffFiles);
let written = 0;
let unchanged = 0;
let refused = 0;
for (const file of files) {
  const { problems, writes, notes } = importDocument(file);
  if (problems.length > 0) {
    refused += 1;
    console.error(`✗ ${file}: refused, nothing written.`);
    for (const { key, problem } of problems)
      console.error(`    ${key ? `${key}: ` : ""}${problem}`);
    continue;
  }
  for (const { path, text, summary } of writes) {
    if (existsSync(path) && readFileSync(path, "utf8") === text) {
      unchanged += 1;
      continue;
    }
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    written += 1;
    console.log(`✓ ${file} → ${relative(root, path)} (${summary})`);
  }
  for (const note of notes) console.log(`  ${file}: ${note}`);
}
const counted = (count, noun) => `${count} ${noun}${count === 1 ? "" : "s"}`;
console.log(
  `Read ${counted(files.length, "file")}: ${counted(written, "catalogue")} written, ${unchanged} unchanged, ${refused} refused.`,
);
if (refused > 0) process.exit(1);
