import { applyD1Migrations, env } from "cloudflare:test";

// The real migrations, applied to the test run's local D1 before any test touches it.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
