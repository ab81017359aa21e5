// The demo site is static JS and cannot import the TypeScript language registry, so it keeps its
// own copy of the list; this keeps the copy equal to the registry.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { languages as demoLanguages } from "../../demo/languages.js";

const registry = readFileSync(new URL("../../i18n/languages.ts", import.meta.url), "utf8");

function registryLanguages() {
  const list = /export const languages = \[([\s\S]*?)\] as const/.exec(registry);
  assert.ok(list, "i18n/languages.ts: `export const languages = [ … ] as const` not found");
  const entry = /\{\s*code:\s*"([^"]+)",\s*name:\s*"([^"]+)",\s*dir:\s*"(ltr|rtl)"/g;
  const found = [...list[1].matchAll(entry)].map(([, code, name, dir]) => ({ code, name, dir }));
  // An entry written in another shape must fail here, not drop silently out of the comparison.
  assert.equal(found.length, list[1].match(/\bcode:/g)?.length ?? 0, "unreadable registry entry");
  return found;
}

test("the demo's switcher offers every public language of the registry, in its order", () => {
  const expected = registryLanguages();
  assert.ok(expected.length > 0);
  assert.deepEqual(demoLanguages, expected);
});
