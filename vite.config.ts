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

export default defineConfig({
  // Chunks are found relative to embed.js, whatever page (and origin) loads it.
  base: "./",
  publicDir: false,
  plugins: [sitePages()],
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
