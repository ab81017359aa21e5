// `i18n:status` counts what each language lacks and fails on what would break it.
import assert from "node:assert/strict";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { copyOfCatalogues, runScript } from "./support.mjs";

function editCatalogue(root, path, edit) {
  const file = join(root, "i18n", path);
  const catalogue = JSON.parse(readFileSync(file, "utf8"));
  edit(catalogue.messages);
  writeFileSync(file, `${JSON.stringify(catalogue, null, 2)}\n`);
}

const englishCount = (root, paths) =>
  paths.reduce(
    (sum, path) =>
      sum + Object.keys(JSON.parse(readFileSync(join(root, "i18n", path), "utf8")).messages).length,
    0,
  );

/** The terminal table's row for a language and surface, as its cells. */
function row(output, code, surface) {
  const line = output
    .split("\n")
    .find((text) => text.startsWith(`${code} `) && text.includes(` ${surface} `));
  assert.ok(line, `no row for ${code} ${surface} in:\n${output}`);
  const [language, , , translated, missing, status, problems] = line.split(/\s{2,}/);
  return {
    language,
    translated: Number(translated),
    missing: Number(missing),
    status,
    problems: Number(problems),
  };
}

test("counts the keys a partial catalogue lacks, and does not fail for them", () => {
  const root = copyOfCatalogues();
  editCatalogue(root, "public/uk/events.json", (messages) => {
    delete messages.loadMore;
    delete messages.kindAll;
  });
  editCatalogue(root, "messages/uk.json", (messages) => {
    delete messages.adults;
  });

  const result = runScript("status", root);
  assert.equal(result.status, 0, result.stderr);
  const english = readdirSync(join(root, "i18n/public/en")).map((name) => `public/en/${name}`);
  const publicTotal = englishCount(root, english);
  assert.deepEqual(row(result.stdout, "uk", "public"), {
    language: "uk",
    translated: publicTotal - 2,
    missing: 2,
    status: "draft",
    problems: 0,
  });
  assert.equal(row(result.stdout, "uk", "messages").missing, 1);
  assert.equal(row(result.stdout, "ru", "public").missing, 0);

  const markdown = runScript("status", root, "--markdown");
  const messagesTotal = englishCount(root, ["messages/en.json"]);
  const total = publicTotal + messagesTotal;
  const cells = (code) =>
    markdown.stdout
      .split("\n")
      .find((line) => line.startsWith(`| \`${code}\` `))
      ?.split("|")
      .slice(1, -1)
      .map((cell) => cell.trim());
  assert.match(markdown.stdout, /^\| Language +\| Public surfaces +\| Dashboard +\| Status +\|$/m);
  assert.deepEqual(cells("uk").slice(0, 2), [
    "`uk` Українська",
    `${total - 3} of ${total} strings`,
  ]);
  assert.equal(cells("uk")[3], "draft");
  assert.deepEqual(cells("fa"), ["`fa` فارسی / دری", `all ${total} strings`, "—", "draft"]);
});

test("fails and names the file and key when a catalogue has a problem", () => {
  const root = copyOfCatalogues();
  editCatalogue(root, "public/de/events.json", (messages) => {
    messages.loadMore = "Mehr {things}";
  });
  const result = runScript("status", root);
  assert.equal(result.status, 1);
  assert.equal(row(result.stdout, "de", "public").problems, 1);
  assert.match(result.stderr, /public\/de\/events\.json\n\s+loadMore: has placeholders \{things\}/);
});

test("fails when a registry language lacks a catalogue file", () => {
  const root = copyOfCatalogues();
  rmSync(join(root, "i18n/dashboard/fi.json"));
  const result = runScript("status", root);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /dashboard\/fi\.json\n\s+the file is missing/);
});
