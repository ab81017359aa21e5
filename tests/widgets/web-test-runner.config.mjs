import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";
import { stringsLoader, stringsPrefix, widgetStrings } from "../../scripts/widget-strings.mjs";

/**
 * The widgets' strings as the build serves them (only the keys a widget uses), so a key the build
 * would leave out fails here first. `virtual:hearth-strings/<features>` imported in `<folder>`
 * becomes `/__hearth-strings/<features>.js?from=<folder>`, each language
 * `…/<features>/<lang>.js?from=<folder>`.
 */
function widgetStringsServer() {
  const base = "/__hearth-strings/";
  return {
    name: "hearth-widget-strings",
    resolveImport({ source, context }) {
      if (!source.startsWith(stringsPrefix)) return undefined;
      const folder = context.path.slice(0, context.path.lastIndexOf("/"));
      return `${base}${source.slice(stringsPrefix.length)}.js?from=${folder}`;
    },
    serve(context) {
      if (!context.path.startsWith(base)) return undefined;
      const from = context.URL.searchParams.get("from") ?? "";
      const [features = "", lang] = context.path.slice(base.length, -".js".length).split("/");
      const strings = widgetStrings(`${stringsPrefix}${features}`, `.${from}`);
      const body = lang
        ? strings.modules.get(lang)
        : stringsLoader({
            name: strings.name,
            languagesModule: "/i18n/languages.ts",
            urlOf: `\`${base}${features}/\${locale}.js?from=${from}\``,
          });
      return body === undefined ? undefined : { body, type: "js" };
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
