// Export to XLIFF and import back: what a translation tool that changes nothing would hand back
// must leave every catalogue byte for byte as it was.
import assert from "node:assert/strict";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { dashboardLanguages, publicLanguages, sourceLanguage } from "../../i18n/languages.js";
import { changedFiles, copyOfCatalogues, runScript, snapshot } from "./support.mjs";

const translations = (codes) => codes.filter((code) => code !== sourceLanguage);

test("exporting every catalogue and importing it back changes no byte of any catalogue", () => {
  const root = copyOfCatalogues();
  const catalogues = join(root, "i18n");
  const before = snapshot(catalogues);

  const exported = runScript("export", root);
  assert.equal(exported.status, 0, exported.stderr);
  const files = [...snapshot(join(root, "i18n-export")).keys()];
  const features = [...before.keys()].filter((path) => path.startsWith("public/en/")).length;
  const expected =
    translations(publicLanguages).length * (features + 1) + translations(dashboardLanguages).length;
  assert.equal(files.length, expected);

  // Without the JSON, the import alone has to write every translation back, byte for byte.
  for (const path of before.keys()) {
    const english = /(^|\/)en(\/|\.json$)/.test(path);
    if (path.endsWith(".json") && !english) rmSync(join(catalogues, path));
  }
  const imported = runScript("import", root, join(root, "i18n-export"));
  assert.equal(imported.status, 0, imported.stderr);
  assert.deepEqual(changedFiles(before, snapshot(catalogues)), []);
});

test("a string missing from a catalogue is exported without a target and stays missing", () => {
  const root = copyOfCatalogues();
  const path = join(root, "i18n/public/uk/events.json");
  const catalogue = JSON.parse(readFileSync(path, "utf8"));
  delete catalogue.messages.loadMore;
  writeFileSync(path, `${JSON.stringify(catalogue, null, 2)}\n`);
  const before = snapshot(join(root, "i18n"));

  assert.equal(runScript("export", root, "--lang", "uk").status, 0);
  const xliff = readFileSync(join(root, "i18n-export/public/uk/events.xlf"), "utf8");
  const unit = /<unit id="loadMore">[\s\S]*?<\/unit>/.exec(xliff)?.[0];
  assert.ok(unit, "no unit for loadMore");
  assert.match(unit, /<segment state="initial">/);
  assert.doesNotMatch(unit, /<target>/);

  const imported = runScript("import", root, join(root, "i18n-export/public/uk"));
  assert.equal(imported.status, 0, imported.stderr);
  assert.deepEqual(changedFiles(before, snapshot(join(root, "i18n"))), []);
});

test("export writes one unit per plural form the language needs, with English one or other as source", () => {
  const root = copyOfCatalogues();
  assert.equal(runScript("export", root, "--lang", "uk").status, 0);
  const xliff = readFileSync(join(root, "i18n-export/messages/uk/messages.xlf"), "utf8");
  const english = JSON.parse(readFileSync(join(root, "i18n/messages/en.json"), "utf8")).messages;
  const ukrainian = JSON.parse(readFileSync(join(root, "i18n/messages/uk.json"), "utf8")).messages;

  assert.match(
    xliff,
    /<xliff version="2\.0" xmlns="urn:oasis:names:tc:xliff:document:2\.0" srcLang="en" trgLang="uk">/,
  );
  assert.match(
    xliff,
    /<file id="messages"[^>]*>\s*<notes>\s*<note category="status">draft<\/note>/,
  );
  const units = [
    ...xliff.matchAll(
      /<unit id="adults\.(\w+)">[\s\S]*?<source>(.*)<\/source>\s*<target>(.*)<\/target>/g,
    ),
  ];
  assert.deepEqual(
    units.map(([, category, source, target]) => [category, source, target]),
    [
      ["one", english.adults.one, ukrainian.adults.one],
      ["few", english.adults.other, ukrainian.adults.few],
      ["many", english.adults.other, ukrainian.adults.many],
      ["other", english.adults.other, ukrainian.adults.other],
    ],
  );
  assert.match(xliff, /<note category="plural">[^<]*needs the forms one, few, many, other/);
  assert.match(xliff, /<note category="placeholders">[^<]*\{count\} \(a number\)/);
});

test("an import whose every translated segment is reviewed marks the catalogue reviewed", () => {
  const root = copyOfCatalogues();
  assert.equal(runScript("export", root, "--lang", "uk").status, 0);
  const file = join(root, "i18n-export/public/uk/events.xlf");
  writeFileSync(file, readFileSync(file, "utf8").replaceAll('state="translated"', 'state="final"'));

  const imported = runScript("import", root, file);
  assert.equal(imported.status, 0, imported.stderr);
  const path = join(root, "i18n/public/uk/events.json");
  assert.equal(JSON.parse(readFileSync(path, "utf8")).status, "reviewed");

  // Exported again, the review shows; a string edited afterwards in the tool is only translated.
  assert.equal(runScript("export", root, "--lang", "uk").status, 0);
  const again = readFileSync(file, "utf8");
  assert.match(again, /<note category="status">reviewed<\/note>/);
  const edited = again.replace(
    /(<segment state=")reviewed(">\s*<source>Show more events<\/source>\s*<target>)[^<]*/,
    "$1translated$2Ще заходи",
  );
  assert.notEqual(edited, again, "the loadMore unit was not found");
  writeFileSync(file, edited);
  assert.equal(runScript("import", root, file).status, 0);
  const catalogue = JSON.parse(readFileSync(path, "utf8"));
  assert.equal(catalogue.status, "draft");
  assert.equal(catalogue.messages.loadMore, "Ще заходи");
});
