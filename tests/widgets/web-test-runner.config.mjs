import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { existsSync } from "node:fs";
import path from "node:path";
import {
  stringsLoader,
  stringsOfWidgets,
  stringsPrefix,
  widgetStrings,
  widgetStringsId,
} from "../../scripts/widget-strings.mjs";

/**
 * The widgets' strings as the build serves them (only the keys a widget uses), so a key the build
 * would leave out fails here first. `virtual:hearth-strings/<features>` imported by
 * `/widgets/<folder>/<element>.ts` is served as `/__hearth-strings/<features>/widgets/<folder>/<element>.js`,
 * each language as `…/<element>/<lang>.js`; embed.js's table of them as `/__hearth-strings.js`.
 */
function widgetStringsServer() {
  const base = "/__hearth-strings/";
  const folderOf = (specifier, _strings, element) =>
    `${base}${specifier.slice(stringsPrefix.length)}/${path.relative(".", element).replace(/\.ts$/, "")}/`;
  return {
    name: "hearth-widget-strings",
    resolveImport({ source, context }) {
      if (source === widgetStringsId) return "/__hearth-strings.js";
      if (!source.startsWith(stringsPrefix)) return undefined;
      return `${base}${source.slice(stringsPrefix.length)}${context.path.replace(/\.ts$/, "")}.js`;
    },
    serve(context) {
      if (context.path === "/__hearth-strings.js") {
        return { body: stringsOfWidgets(folderOf), type: "js" };
      }
      if (!context.path.startsWith(base)) return undefined;
      const rest = context.path.slice(base.length, -".js".length);
      const features = rest.slice(0, rest.indexOf("/"));
      const target = `.${rest.slice(features.length)}`;
      const specifier = `${stringsPrefix}${features}`;
      if (existsSync(`${target}.ts`)) {
        const element = `${target}.ts`;
        return {
          body: stringsLoader({
            name: widgetStrings(specifier, element).name,
            languagesModule: "/i18n/languages.ts",
            urlOf: `\`${folderOf(specifier, undefined, element)}\${locale}.js\``,
          }),
          type: "js",
        };
      }
      const strings = widgetStrings(specifier, `${path.posix.dirname(target)}.ts`);
      const body = strings.modules.get(path.posix.basename(target));
      return body === undefined ? undefined : { body, type: "js" };
    },
  };
}

/**
 * A first screen's styles as one text (`virtual:hearth-styles-text/<widget>`), made in the
 * browser here from `widgets/first-screen-styles.ts`, as the build makes it in vite.config.ts.
 */
function stylesTextServer() {
  const prefix = "virtual:hearth-styles-text/";
  const served = "/__hearth-styles-text/";
  return {
    name: "hearth-styles-text",
    resolveImport: ({ source }) =>
      source.startsWith(prefix) ? `${served}${source.slice(prefix.length)}.js` : undefined,
    serve: (context) => {
      if (!context.path.startsWith(served)) return undefined;
      const widget = context.path.slice(served.length, -".js".length);
      return {
        body:
          'import { firstScreenStyles } from "/widgets/first-screen-styles.ts";\n' +
          `export default [firstScreenStyles[${JSON.stringify(widget)}]]` +
          '.flat(Infinity).map((sheet) => sheet.cssText).join("\\n");',
        type: "js",
      };
    },
  };
}

export default {
  rootDir: ".",
  files: ["tests/widgets/**/*.test.ts"],
  nodeResolve: { exportConditions: ["production"] },
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [
    widgetStringsServer(),
    stylesTextServer(),
    esbuildPlugin({ ts: true, json: true, tsconfig: "tsconfig.widgets.json", target: "es2022" }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
        headless: true,
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
        ],
      },
    }),
  ],
};
