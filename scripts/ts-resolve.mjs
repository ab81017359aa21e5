// `node --import ./scripts/ts-resolve.mjs <script>` lets plain Node scripts import the TypeScript
// core (`i18n/*.ts`) as the bundlers do: the core names its siblings `./languages.js`, which exist
// only as `.ts`. The same file is the hooks module it registers.
import { readFile } from "node:fs/promises";
import { register, stripTypeScriptTypes } from "node:module";
import { isMainThread } from "node:worker_threads";

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const relativeJs = /^\.\.?\//.test(specifier) && specifier.endsWith(".js");
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !relativeJs) throw error;
    return nextResolve(`${specifier.slice(0, -3)}.ts`, context);
  }
}

// Node's own type stripping refuses the core's parameter properties (`constructor(readonly
// locale: string)`), which need transforming, not just stripping.
export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts") || url.includes("/node_modules/")) {
    return nextLoad(url, context);
  }
  const code = await readFile(new URL(url), "utf8");
  return { format: "module", source: transform(code, url), shortCircuit: true };
}

/**
 * Node warns on every run that `stripTypeScriptTypes` is experimental. The warning would land in
 * every script's and test's output; the Node version is pinned in devDependencies, so it tells us
 * nothing. Other warnings pass.
 */
function transform(code, url) {
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning, ...rest) => {
    if (!String(warning).includes("stripTypeScriptTypes"))
      emitWarning.call(process, warning, ...rest);
  };
  try {
    return stripTypeScriptTypes(code, { mode: "transform", sourceUrl: url });
  } finally {
    process.emitWarning = emitWarning;
  }
}

if (isMainThread) register(import.meta.url);
