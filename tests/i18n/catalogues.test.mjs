// The shipped catalogues: one per registry language, surface and feature, each sound and complete.
// Checked with the core's own rules (`catalogueProblems`, `missingKeys`), not the scripts' reading
// of them, so a bug in the scripts cannot hide a broken catalogue.
import assert from "node:assert/strict";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";
import { catalogueProblems, missingKeys } from "../../i18n/catalogue.js";
import { dashboardLanguages, publicLanguages, sourceLanguage } from "../../i18n/languages.js";

const repository = fileURLToPath(new URL("../../", import.meta.url));
const i18n = join(repository, "i18n");

/** The public features are the widgets' `PublicFeature` union; English needs a file for each. */
function publicFeatures() {
  const code = readFileSync(join(repository, "widgets/i18n/messages.ts"), "utf8");
  const union = /export type PublicFeature =([^;]+);/.exec(code);
  assert.ok(union, "widgets/i18n/messages.ts: `export type PublicFeature = …;` not found");
  return [...union[1].matchAll(/"([\w-]+)"/g)].map(([, feature]) => feature).sort();
}

const features = publicFeatures();

const jsonFiles = (folder) =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith(".json"))
        .map((name) => name.slice(0, -".json".length))
        .sort()
    : [];

/** Everything wrong with one catalogue, as readable lines; none for a sound, complete one. */
function faultsOf(folder, path, sourcePath, code) {
  if (!existsSync(join(folder, path))) return [`${path} is missing`];
  let catalogue;
  try {
    catalogue = JSON.parse(readFileSync(join(folder, path), "utf8"));
  } catch (error) {
    return [`${path} is not JSON: ${error.message}`];
  }
  const source = JSON.parse(readFileSync(join(folder, sourcePath), "utf8")).messages;
  const statuses = code === sourceLanguage ? ["source"] : ["draft", "reviewed"];
  const faults = [];
  if (!statuses.includes(catalogue.status)) {
    faults.push(`${path}: status is ${catalogue.status}, not ${statuses.join(" or ")}`);
  }
  for (const { key, problem } of catalogueProblems(source, catalogue.messages ?? {}, code)) {
    faults.push(`${path} ${key}: ${problem}`);
  }
  const missing = missingKeys(source, catalogue.messages ?? {});
  if (missing.length > 0) faults.push(`${path} lacks ${missing.join(", ")}`);
  return faults;
}

function publicFaults(folder, code) {
  const extra = jsonFiles(join(folder, "public", code)).filter((name) => !features.includes(name));
  return [
    ...extra.map((name) => `public/${code}/${name}.json is no feature of the widgets`),
    ...features.flatMap((feature) =>
      faultsOf(folder, `public/${code}/${feature}.json`, `public/en/${feature}.json`, code),
    ),
    ...faultsOf(folder, `messages/${code}.json`, "messages/en.json", code),
  ];
}

test("English has a catalogue for each public feature the widgets name, and no other", () => {
  assert.ok(features.length > 0, "no public feature found");
  assert.deepEqual(jsonFiles(join(i18n, "public", sourceLanguage)), features);
  assert.ok(existsSync(join(i18n, "messages", `${sourceLanguage}.json`)));
  assert.ok(existsSync(join(i18n, "dashboard", `${sourceLanguage}.json`)));
});

for (const code of publicLanguages) {
  test(`${code}: every public catalogue and the messages exist, sound and complete`, () => {
    assert.deepEqual(publicFaults(i18n, code), []);
  });
}

for (const code of dashboardLanguages) {
  test(`${code}: the dashboard catalogue exists, sound and complete`, () => {
    assert.deepEqual(faultsOf(i18n, `dashboard/${code}.json`, "dashboard/en.json", code), []);
  });
}

test("the check names a wrong placeholder, a missing plural form, a missing key and a bad status", () => {
  const folder = mkdtempSync(join(tmpdir(), "hearth-catalogue-"));
  after(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, "messages"));
  const write = (code, catalogue) =>
    writeFileSync(join(folder, "messages", `${code}.json`), JSON.stringify(catalogue));
  write("en", {
    status: "source",
    messages: {
      hello: "Hello {name}",
      bye: "Bye",
      adults: { one: "1 adult", other: "{count} adults" },
    },
  });
  write("uk", {
    status: "final",
    messages: {
      hello: "Привіт {person}",
      adults: { one: "1 дорослий", other: "{count} дорослих" },
    },
  });
  const faults = faultsOf(folder, "messages/uk.json", "messages/en.json", "uk");
  assert.equal(faults.length, 4, faults.join("\n"));
  assert.match(faults[0], /status is final/);
  assert.match(faults[1], /hello: has placeholders/);
  assert.match(faults[2], /adults: has plural forms one, other; uk needs few, many, one, other/);
  assert.match(faults[3], /lacks bye$/);
});
