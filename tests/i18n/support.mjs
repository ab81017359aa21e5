// Runs the i18n scripts on a throwaway copy of the catalogues, as a translator would run them.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after } from "node:test";
import { fileURLToPath } from "node:url";

export const repository = fileURLToPath(new URL("../../", import.meta.url));

const copies = [];
after(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

/** A fresh folder holding a copy of `i18n/`, removed when the test file ends. */
export function copyOfCatalogues() {
  const root = mkdtempSync(join(tmpdir(), "hearth-i18n-"));
  copies.push(root);
  cpSync(join(repository, "i18n"), join(root, "i18n"), { recursive: true });
  return root;
}

/** `npm run i18n:<name> -- …args --root <root>`, returning its exit code and output. */
export function runScript(name, root, ...args) {
  const result = spawnSync(
    process.execPath,
    [
      "--import",
      join(repository, "scripts/ts-resolve.mjs"),
      join(repository, `scripts/i18n/${name}.mjs`),
      ...args,
      "--root",
      root,
    ],
    { encoding: "utf8" },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a folder with its bytes, by path relative to the folder. */
export function snapshot(folder) {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((path) => [path.slice(folder.length + 1), readFileSync(path)]),
  );
}

/** The paths whose bytes differ between two snapshots, or that only one of them has. */
export function changedFiles(before, now) {
  const paths = new Set([...before.keys(), ...now.keys()]);
  return [...paths].filter(
    (path) => !(before.has(path) && now.has(path) && before.get(path).equals(now.get(path))),
  );
}
