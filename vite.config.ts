import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { languages } from "./i18n/languages.js";
import { defineConfig } from "vite";

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

/**
 * embed.js starts each widget in one step: the build's preload wrapper (and the extra chunk it
 * imports) comes out of the loader, and each widget's chunk is imported together with
 * `<link rel="modulepreload">` for every chunk it imports, so the browser fetches them all at once
 * instead of discovering them one level at a time. Fails the build if the loader's shape changes.
 */
function flatWidgetLoading(): Plugin {
  return {
    name: "hearth-flat-widget-loading",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const embed = bundle["embed.js"];
      if (!embed || embed.type !== "chunk") return;
      const closure = (fileName: string, seen = new Set<string>()): Set<string> => {
        const chunk = bundle[fileName];
        if (chunk?.type !== "chunk") return seen;
        for (const imported of chunk.imports) {
          if (seen.has(imported)) continue;
          seen.add(imported);
          closure(imported, seen);
        }
        return seen;
      };
      // Before or after Vite fills in its own (empty, `modulePreload: false`) dependency list.
      const wrapped =
        /[\w$]+\(\(\)=>import\(`\.\/([^`]+)`\),(?:\[\]|__VITE_PRELOAD__),import\.meta\.url\)/g;
      let widgets = 0;
      let code = embed.code.replace(wrapped, (_match, file: string) => {
        widgets++;
        const deps = [...closure(file)].map((dep) => `./${dep}`);
        return `__hearthImport(\`./${file}\`,${JSON.stringify(deps)})`;
      });
      const helperImport = /import\{[^}]*\}from"\.\/chunks\/preload-helper-[^"]+\.js";/;
      if (widgets !== Object.keys(embed.dynamicImports).length || !helperImport.test(code)) {
        this.error("embed.js no longer has the shape flatWidgetLoading rewrites; update it.");
      }
      code = code.replace(helperImport, "");
      const importer =
        "function __hearthImport(file,deps){for(const dep of deps){const link=document.createElement(`link`);" +
        "link.rel=`modulepreload`;link.href=new URL(dep,import.meta.url).href;document.head.append(link)}" +
        "return import(file)}";
      embed.code = importer + code;
      embed.imports = embed.imports.filter((file) => !file.includes("preload-helper"));
    },
  };
}

export default defineConfig({
  // Chunks are found relative to embed.js, whatever page (and origin) loads it.
  base: "./",
  publicDir: false,
  plugins: [sitePages(), flatWidgetLoading()],
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
