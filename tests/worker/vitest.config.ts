import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { unstable_readConfig } from "wrangler";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");
const wranglerConfig = path.join(root, "wrangler.toml");

/**
 * The suite makes hundreds of writes from one client (requests in tests carry no IP) and with one
 * address, so wrangler.toml's limiters are opened wide here, each in its own namespace as there.
 * Tests of the limits swap in `TINY_RATE_LIMIT` for one binding, per request.
 */
const ratelimits = Object.fromEntries(
  unstable_readConfig({ config: wranglerConfig }).ratelimits.map(
    ({ name, namespace_id }: { name: string; namespace_id: string }) => [
      name,
      { namespace_id, simple: { limit: 1_000_000, period: 60 as const } },
    ],
  ),
);

/**
 * Tests of what reads the whole database — the scheduled jobs (reminders, thank-yous, expired
 * waitlist offers, retention, the mail queue and its delivery), the mentoring season's publishing,
 * the table walk of personal data — each get a database of their own, as they would meet another
 * file's rows. A new test that runs a job over the whole database belongs here.
 */
const wholeDatabase = [
  "tests/worker/dev/**/*.test.ts",
  "tests/worker/jobs/**/*.test.ts",
  "tests/worker/mentoring/**/*.test.ts",
  "tests/worker/notifications/**/*.test.ts",
  "tests/worker/privacy/table-walk.test.ts",
  "tests/worker/booking/waitlist-offers.test.ts",
  "tests/worker/events/organiser-routes.test.ts",
  "tests/worker/visits/organiser-routes.test.ts",
  // These deliver the outbox's oldest due messages, every file's, to read their own.
  "tests/worker/messages/organiser-words.test.ts",
  "tests/worker/messages/visit-messages.test.ts",
  "tests/worker/registrations/registration-calendar.test.ts",
  "tests/worker/series/series-signup.test.ts",
  "tests/worker/volunteers/volunteers.test.ts",
];

export default defineConfig({
  root,
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: wranglerConfig },
      miniflare: {
        ratelimits: {
          ...ratelimits,
          TINY_RATE_LIMIT: { namespace_id: "9001", simple: { limit: 2, period: 60 } },
        },
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
    setupFiles: ["tests/worker/apply-migrations.ts"],
    // The concurrency tests (200 sign-ups at once) prove rules, not speed: on a busy 2-core
    // machine they can take more than the default 5 s without anything being wrong.
    testTimeout: 30_000,
    projects: [
      {
        // Most files share one local D1 per test worker (`isolate: false`): starting workerd and
        // migrating a fresh database for each of ~100 files cost about 2 s each, three minutes in
        // all. They make their own organisations and events with fresh ids, so they never meet.
        extends: true,
        test: {
          name: "worker",
          include: ["tests/worker/**/*.test.ts"],
          exclude: wholeDatabase,
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: "worker, whole database", include: wholeDatabase },
      },
    ],
  },
});
