import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { CSSResult } from "lit";
import type { OutputBundle } from "rolldown";
import type { Plugin } from "vite";
import { defineConfig } from "vite";
import { languages } from "./i18n/languages.js";
import { firstScreenStyles } from "./widgets/first-screen-styles.js";
import {
  stringsLoader,
  stringsOfWidgets,
  stringsPrefix,
  widgetStrings,
  widgetStringsId,
} from "./scripts/widget-strings.mjs";

/** Every file below `dir`, as paths relative to it. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * The worker's own pages (`site/`: home, manage page, static-asset headers) and the demo site
 * (`demo/` → `/demo/`, without its seed), emitted beside the bundle.
 */
function sitePages(): Plugin {
  return {
    name: "hearth-site-pages",
    apply: "build",
    generateBundle(_options, bundle) {
      // The dashboard's script has a hashed name (cached for good); its page names it.
      const admin = Object.values(bundle).find(
        (output) => output.type === "chunk" && output.isEntry && output.name === "admin",
      );
      const withAdminScript = (file: string, source: Buffer) =>
        file === "admin/index.html" && admin
          ? source.toString("utf8").replace('src="/admin.js"', `src="/${admin.fileName}"`)
          : source;
      const copy = (dir: string, prefix: string, keep: (file: string) => boolean) => {
        for (const file of filesIn(dir).filter(keep)) {
          this.emitFile({
            type: "asset",
            fileName: `${prefix}${file}`,
            source: withAdminScript(file, readFileSync(path.join(dir, file))),
          });
        }
      };
      copy("site", "", () => true);
      copy("demo", "demo/", (file) => /\.(html|css|js)$/.test(file));
      // The demo's language switcher reads the one registry, written out as a static module.
      this.emitFile({
        type: "asset",
        fileName: "demo/languages.js",
        source: `export const languages = ${JSON.stringify(
          languages.map(({ code, name, dir }) => ({ code, name, dir })),
        )};\n`,
      });
    },
  };
}

/** Every chunk `fileName` imports, directly or through others. */
function importsOf(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (chunk?.type !== "chunk") return seen;
  for (const imported of chunk.imports) {
    if (seen.has(imported)) continue;
    seen.add(imported);
    importsOf(bundle, imported, seen);
  }
  return seen;
}

const stringsFolder = ({ name, hash }: { name: string; hash: string }) => `i18n/${name}-${hash}`;

/**
 * A widget's strings (`virtual:hearth-strings/<features>`, see scripts/widget-strings.mjs): one
 * file per language under `i18n/<widget>-<hash>/`; embed.js reads each widget's folder from
 * `virtual:hearth-widget-strings`, to fetch the reader's language with the widget's code.
 */
function widgetStringsFiles(): Plugin {
  return {
    name: "hearth-widget-strings",
    apply: "build",
    resolveId(source, importer) {
      if (source === widgetStringsId) return `\0${source}`;
      return source.startsWith(stringsPrefix) && importer ? `\0${source}|${importer}` : undefined;
    },
    load(id) {
      // embed.js's table, relative to embed.js (the build checks that it stays there).
      if (id === `\0${widgetStringsId}`) {
        return stringsOfWidgets(
          (_specifier: string, strings: { name: string; hash: string }) =>
            `./${stringsFolder(strings)}/`,
        );
      }
      if (!id.startsWith(`\0${stringsPrefix}`)) return undefined;
      const [specifier = "", importer = ""] = id.slice(1).split("|");
      const strings = widgetStrings(specifier, importer);
      const folder = stringsFolder(strings);
      for (const [lang, source] of strings.modules) {
        this.emitFile({ type: "asset", fileName: `${folder}/${lang}.js`, source });
      }
      // Loaders sit in chunks/, one folder below the strings.
      return stringsLoader({
        name: strings.name,
        languagesModule: path.resolve("i18n/languages.ts"),
        urlOf: `\`../${folder}/\${locale}.js\``,
      });
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        if (
          !chunk.fileName.startsWith("chunks/") &&
          chunk.moduleIds.some((id) => id.startsWith(`\0${stringsPrefix}`))
        )
          this.error(`${chunk.fileName} loads strings but is not in chunks/; fix their URLs.`);
        if (chunk.fileName !== "embed.js" && chunk.moduleIds.includes(`\0${widgetStringsId}`))
          this.error(`${chunk.fileName} has embed.js's strings table; fix its URLs.`);
      }
    },
  };
}

const stylesTextPrefix = "virtual:hearth-styles-text/";

/**
 * A widget's styles as one text (`virtual:hearth-styles-text/<widget>`), for the first screen the
 * worker draws (`widgets/<widget>/first-screen-show.ts`), which must not wait for Lit: the
 * widget's own `css`, so the screen looks as the widget will.
 */
function stylesText(): Plugin {
  return {
    name: "hearth-styles-text",
    resolveId: (source) => (source.startsWith(stylesTextPrefix) ? `\0${source}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${stylesTextPrefix}`)) return undefined;
      const widget = id.slice(`\0${stylesTextPrefix}`.length);
      const styles = firstScreenStyles[widget];
      if (!styles) this.error(`No styles for the first screen of "${widget}".`);
      const text = ([styles] as unknown[])
        .flat(Infinity)
        .map((sheet) => sheet as CSSResult)
        .map((sheet) => sheet.cssText.replace(/\s*\n\s*/g, "\n"))
        .join("\n");
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

/**
 * Each dynamic import fetches the chunk and every chunk it imports at once (`<link
 * rel="modulepreload">`), instead of discovering them one level at a time: in every chunk, Vite's
 * preload wrapper (`modulePreload` is off, so it would preload nothing, and it is a chunk of its
 * own, 0.9 KB gzip, before any widget code runs) is replaced by a few bytes doing only that.
 * Fails the build if the shape it rewrites changes.
 */
function flatDynamicImports(): Plugin {
  const helperImport =
    /import\{(?:[\w$]+ as )?([\w$]+)\}from"\.\/(?:chunks\/)?preload-helper-[^"]+\.js";/;
  // Its dependency list: Vite's placeholder, or the empty list it turns into.
  const callEnd = /,(?:\[\]|__VITE_PRELOAD__),import\.meta\.url\)/g;
  return {
    name: "hearth-flat-dynamic-imports",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        const helper = helperImport.exec(chunk.code);
        if (!helper) continue;
        const name = helper[1]!;
        const dir = path.posix.dirname(chunk.fileName);
        const loaded = importsOf(bundle, chunk.fileName);
        const code = chunk.code.replace(helper[0], "");
        const call = `${name}(()=>import(\``;
        let out = "";
        let at = 0;
        for (let start = code.indexOf(call); start >= 0; start = code.indexOf(call, at)) {
          const file = code.slice(start + call.length, code.indexOf("`", start + call.length));
          callEnd.lastIndex = start;
          const end = callEnd.exec(code);
          if (!file.startsWith(".") || !end) {
            this.error(`${chunk.fileName} no longer has the shape flatDynamicImports rewrites`);
          }
          const deps = [...importsOf(bundle, path.posix.join(dir, file))]
            .filter((dep) => !loaded.has(dep))
            .map((dep) => `./${path.posix.relative(dir, dep)}`);
          out += `${code.slice(at, end.index)},${JSON.stringify(deps)},import.meta.url)`;
          at = end.index + end[0].length;
        }
        out += code.slice(at);
        if (at === 0)
          this.error(`${chunk.fileName} imports Vite's preload wrapper but never calls it.`);
        const preload =
          `function ${name}(load,deps,base){for(const dep of deps){const link=document.createElement(\`link\`);` +
          "link.rel=`modulepreload`;link.href=new URL(dep,base).href;document.head.append(link)}return load()}";
        chunk.code = preload + out;
        chunk.imports = chunk.imports.filter((file) => !file.includes("preload-helper"));
      }
      for (const [fileName, output] of Object.entries(bundle)) {
        if (fileName.includes("preload-helper") && output.type === "chunk") delete bundle[fileName];
      }
    },
  };
}

/**
 * The indentation inside the widgets' `html`, `svg` and `css` templates, which the minifier keeps
 * (it is part of the strings): 2–5 % of a widget's gzip size. Line breaks stay, so nothing renders
 * differently, not even under `white-space: pre-line`.
 */
function templateIndentation(): Plugin {
  const tags = new Set(["html", "svg", "css"]);
  return {
    name: "hearth-template-indentation",
    apply: "build",
    enforce: "post",
    transform(code, id) {
      if (!id.includes("/widgets/") || !/(html|svg|css)`/.test(code)) return undefined;
      const quasis: Array<{ start: number; end: number }> = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== "object") return;
        if (Array.isArray(node)) return node.forEach(visit);
        const { type, tag, quasi } = node as {
          type?: string;
          tag?: { name?: string };
          quasi?: unknown;
        };
        if (type === "TaggedTemplateExpression" && tags.has(tag?.name ?? "")) {
          quasis.push(...(quasi as { quasis: Array<{ start: number; end: number }> }).quasis);
        }
        Object.values(node).forEach(visit);
      };
      visit(this.parse(code));
      let out = "";
      let at = 0;
      for (const { start, end } of quasis.sort((a, b) => a.start - b.start)) {
        out += code.slice(at, start) + code.slice(start, end).replace(/[ \t]*\n[ \t]*/g, "\n");
        at = end;
      }
      return { code: out + code.slice(at), map: null };
    },
  };
}

/**
 * What every public widget's first render runs, in one chunk: Lit (only the parts widgets use),
 * the shared base element with its language, formats and API transport. Left to itself the
 * bundler splits these by which widgets share them, a file for each combination. Public widgets
 * declare their reactive properties in `static properties`, not with decorators: Lit's decorator
 * code and the compiler's helper (0.4 KB gzip) then load with the dashboard only. The words for
 * places left (`availability`) are not in it: the manage page, the volunteer's and the cook's
 * forms never say them, and the events list's first screen comes from the worker.
 */
const coreModules = [
  "/node_modules/lit/index.js",
  "/node_modules/lit/directives/if-defined.js",
  "/lit-html/lit-html.js",
  "/lit-html/directives/if-defined.js",
  "/lit-element/lit-element.js",
  "/@lit/reactive-element/reactive-element.js",
  "/@lit/reactive-element/css-tag.js",
  "/widgets/shared/task.ts",
  // The bundler's own helper for a lazily loaded module's exports.
  "rolldown/runtime.js",
  ...[
    "localized-element",
    "hearth-element",
    "localize",
    "fallback-text",
    "api-client",
    "api-request",
    "api-error",
    "events-api",
    "error-message",
    "define",
    "lazy",
    "base.styles",
    "live-regions",
  ].map((name) => `/widgets/shared/${name}.ts`),
  ...["languages", "negotiate", "catalogue", "format"].map((name) => `/i18n/${name}.ts`),
];

export default defineConfig({
  // Chunks are found relative to embed.js, whatever page (and origin) loads it.
  base: "./",
  publicDir: false,
  plugins: [
    sitePages(),
    widgetStringsFiles(),
    stylesText(),
    templateIndentation(),
    flatDynamicImports(),
  ],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    modulePreload: false,
    sourcemap: false,
    rolldownOptions: {
      // The dashboard and the language of our own pages are entries of their own, never loaded
      // by host pages.
      input: {
        embed: "widgets/embed.ts",
        admin: "widgets/admin/admin.ts",
        "page-language": "widgets/page-language.ts",
      },
      preserveEntrySignatures: false,
      output: {
        format: "es",
        codeSplitting: {
          groups: [
            {
              name: "core",
              test: (id) => coreModules.some((module) => id.includes(module)),
            },
            // What shows a first screen, with the check a form's first screen needs and what sends
            // the sign-up's: one chunk, so each widget's first screen
            // is two files (its styles, this).
            {
              name: "first-screen-show",
              test: (id) =>
                [
                  "/widgets/shared/first-screen-show.ts",
                  "/widgets/shared/first-screen-send.ts",
                  "/widgets/shared/accepts-signups.ts",
                ].some((module) => id.includes(module)),
            },
            // What opens an item on a list's first screen (the events', the visits'), with what
            // shares an event opened there (the widget's Share button shares with it too): one
            // chunk, loaded with those lists' first screens only.
            {
              name: "first-screen-opening",
              test: (id) =>
                ["/widgets/shared/first-screen-opening.ts", "/widgets/shared/share-link.ts"].some(
                  (module) => id.includes(module),
                ),
            },
          ],
        },
        // embed.js keeps its name (host pages include it); the dashboard's is hashed, so it can be
        // cached as immutable with the chunks.
        entryFileNames: (chunk) =>
          chunk.name === "admin" ? "chunks/admin-[hash].js" : "[name].js",
        // Name widget chunks after their folder ("events", not "define") so the output reads clearly.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? "";
          // One chunk per catalogue and language: `i18n/public-uk-events-[hash].js`.
          const catalogue = /i18n\/(public|dashboard)\/(.+)\.json$/.exec(id);
          if (catalogue) return `i18n/${catalogue[1]}-${catalogue[2]!.replace("/", "-")}-[hash].js`;
          // The dashboard's areas loaded on first use: `admin-festival-[hash].js`.
          const area = /widgets\/admin\/([\w-]+)\/define\.ts$/.exec(id)?.[1];
          if (area) return `chunks/admin-${area}-[hash].js`;
          const folder = /widgets\/([\w-]+)\/define\.ts$/.exec(id)?.[1];
          return `chunks/${folder ?? "[name]"}-[hash].js`;
        },
      },
    },
  },
});
