// Test-only bindings, added by tests/worker/vitest.config.ts.
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** Two requests a minute per key: tests of the rate limits swap it in for one limiter. */
    TINY_RATE_LIMIT: RateLimit;
  }
}
