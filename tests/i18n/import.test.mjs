// The import refuses a file that would break the widgets, names what is wrong, and writes nothing
// from it, not even its sound strings.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, test } from "node:test";
import { changedFiles, copyOfCatalogues, repository, runScript, snapshot } from "./support.mjs";

let root;
const exported = (path) => join(root, "i18n-export", path);

before(() => {
  root = copyOfCatalogues();
  const result = runScript("export", root, "--lang", "uk");
  assert.equal(result.status, 0, result.stderr);
});

/** A copy of an exported file, edited, with a sound change besides that must not land either. */
function edited(path, edit) {
  const original = readFileSync(exported(path), "utf8");
  const withSoundChange = original.replace(/<target>([^<]*)/, "<target>$1 (змінено)");
  assert.notEqual(withSoundChange, original, "no translated string to change");
  const text = edit(withSoundChange);
  assert.notEqual(text, withSoundChange, "the edit found nothing to change");
  const file = join(root, `edited-${path.replaceAll("/", "-")}`);
  writeFileSync(file, text);
  return file;
}

function assertRefused(file, ...expected) {
  const before = snapshot(join(root, "i18n"));
  const result = runScript("import", root, file);
  assert.equal(result.status, 1, result.stdout);
  assert.ok(result.stderr.includes(`${file}: refused, nothing written.`), result.stderr);
  for (const pattern of expected) assert.match(result.stderr, pattern);
  assert.deepEqual(changedFiles(before, snapshot(join(root, "i18n"))), []);
}

test("refuses a translation whose placeholder differs from the English one", () => {
  const file = edited("public/uk/events.xlf", (text) =>
    text.replace(/(<unit id="loadMore">[\s\S]*?<target>)[^<]*/, "$1Ще {amount} заходів"),
  );
  assertRefused(file, /loadMore: has placeholders \{amount\} where the source has \{\}/);
});

test("refuses a plural message that lacks a form the language needs", () => {
  const file = edited("messages/uk/messages.xlf", (text) =>
    text.replace(/\s*<unit id="adults\.many">[\s\S]*?<\/unit>/, ""),
  );
  assertRefused(file, /adults: has plural forms few, one, other; uk needs few, many, one, other/);
});

test("refuses a key the English source does not have", () => {
  const file = edited("public/uk/events.xlf", (text) =>
    text.replace(
      "</file>",
      '<unit id="kindPicnic"><segment state="translated"><source>Picnics</source><target>Пікніки</target></segment></unit>\n  </file>',
    ),
  );
  assertRefused(file, /kindPicnic: is not in the English source/);
});

test("refuses a file that is not well-formed, naming the line", () => {
  const file = edited("public/uk/events.xlf", (text) => text.replace("</xliff>", ""));
  assertRefused(file, /is not well-formed XML: <xliff> is never closed \(line \d+\)/);
});

test("writes the sound files of a batch and refuses the faulty one", () => {
  const faulty = edited("public/uk/events.xlf", (text) =>
    text.replace(/(<unit id="loadMore">[\s\S]*?<target>)[^<]*/, "$1Ще {amount}"),
  );
  const sound = edited("public/uk/common.xlf", (text) =>
    text.replace(/(<unit id="when">[\s\S]*?<target>)[^<]*/, "$1Коли саме"),
  );
  const result = runScript("import", root, faulty, sound);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /Read 2 files: 1 catalogue written, 0 unchanged, 1 refused\./);
  const common = JSON.parse(readFileSync(join(root, "i18n/public/uk/common.json"), "utf8"));
  assert.equal(common.messages.when, "Коли саме");
  const events = JSON.parse(readFileSync(join(root, "i18n/public/uk/events.json"), "utf8"));
  assert.notEqual(events.messages.loadMore, "Ще {amount}");
});

test("leaves out a plural message with only some forms translated, and says so", () => {
  const file = edited("messages/uk/messages.xlf", (text) =>
    text.replace(
      /(<unit id="adults\.many">[\s\S]*?)<segment state="translated">([\s\S]*?)\s*<target>[^<]*<\/target>/,
      '$1<segment state="initial">$2',
    ),
  );
  const result = runScript("import", root, file);
  assert.equal(result.status, 0, result.stderr);
  assert.match(
    result.stdout,
    /adults: only some plural forms are translated; left out until all are/,
  );
  const messages = JSON.parse(readFileSync(join(root, "i18n/messages/uk.json"), "utf8")).messages;
  assert.equal(messages.adults, undefined);
  assert.ok(messages.children, "the other plural messages stay");
});

test("writes JSON that Prettier leaves as it is, quotes and backslashes included", async () => {
  const file = edited("public/uk/events.xlf", (text) =>
    text.replace(
      /(<unit id="kindAll">[\s\S]*?<target>)[^<]*/,
      '$1Усі "типи" \\ &amp; &lt;види&gt;',
    ),
  );
  assert.equal(runScript("import", root, file).status, 0);
  const path = join(root, "i18n/public/uk/events.json");
  const json = readFileSync(path, "utf8");
  assert.equal(JSON.parse(json).messages.kindAll, 'Усі "типи" \\ & <види>');
  const prettier = await import("prettier");
  const config = await prettier.resolveConfig(join(repository, "i18n/public/uk/events.json"));
  const options = { ...config, filepath: path };
  assert.ok(await prettier.check(json, options), "Prettier would reformat the written catalogue");
});
