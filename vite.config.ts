import { readdirSync, readFileSync } from "node:fs";
import type { Plugin } from "vite";
import { defineConfig } from "vite";

const managePage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>Your sign-up</title>
    <style>
      body { margin: 0 auto; padding: 1rem; max-inline-size: 40rem; font-family: system-ui, sans-serif; }
    </style>
    <script type="module" src="/embed.js"></script>
  </head>
  <body>
    <main><hearth-booking></hearth-booking></main>
  </body>
</html>
`;

const indexPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Hearth</title>
  </head>
  <body>
    <h1>Hearth</h1>
    <p><a href="/demo/">See the widgets on the Demo City site</a></p>
  </body>
</html>
`;

/* Host pages on any origin load the loader and its chunks as module scripts, which needs CORS. */
const headers = `/embed.js
  Access-Control-Allow-Origin: *
/chunks/*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=31536000, immutable
/manage/*
  Referrer-Policy: no-referrer
`;

/** The demo site, the manage page and the static-asset headers, beside the bundle. */
function sitePages(): Plugin {
  return {
    name: "hearth-site-pages",
    apply: "build",
    generateBundle() {
      const demoFiles = readdirSync("demo").filter((name) => /\.(html|css)$/.test(name));
      for (const name of demoFiles) {
        this.emitFile({
          type: "asset",
          fileName: `demo/${name}`,
          source: readFileSync(`demo/${name}`),
        });
      }
      this.emitFile({ type: "asset", fileName: "manage/index.html", source: managePage });
      this.emitFile({ type: "asset", fileName: "index.html", source: indexPage });
      this.emitFile({ type: "asset", fileName: "_headers", source: headers });
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
      input: "widgets/embed.ts",
      preserveEntrySignatures: false,
      output: {
        format: "es",
        entryFileNames: "embed.js",
        // Name widget chunks after their folder ("events", not "define") so the output reads clearly.
        chunkFileNames: (chunk) => {
          const folder = /widgets\/([\w-]+)\/define\.ts$/.exec(chunk.facadeModuleId ?? "")?.[1];
          return `chunks/${folder ?? "[name]"}-[hash].js`;
        },
      },
    },
  },
});
