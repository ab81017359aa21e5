import { esbuildPlugin } from "@web/dev-server-esbuild";
import { chromeLauncher } from "@web/test-runner-chrome";

export default {
  rootDir: ".",
  files: ["tests/widgets/**/*.test.ts"],
  nodeResolve: { exportConditions: ["production"] },
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  plugins: [
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
