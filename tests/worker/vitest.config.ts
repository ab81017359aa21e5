import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

export default defineConfig({
  root,
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: path.join(root, "wrangler.toml") },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(path.join(root, "schema/migrations")),
          MANAGE_TOKEN_SECRET: "test-secret-0123456789abcdef0123456789",
          HEARTH_ENV: "development",
          HEARTH_PUBLIC_URL: "http://localhost",
        },
      },
    })),
  ],
  test: {
    include: ["tests/worker/**/*.test.ts"],
    setupFiles: ["tests/worker/apply-migrations.ts"],
  },
});
