// Secrets are not in wrangler.toml, so `wrangler types` cannot see them: `wrangler secret put`
// in production, `.dev.vars` (written by `npm start`) locally, miniflare bindings in tests.
interface Env {
  /** Key for deriving manage tokens (HMAC-SHA256). At least 32 random bytes, base64. */
  MANAGE_TOKEN_SECRET: string;
  /** `development` only in local runs (`.dev.vars`, tests): turns on the dev mailbox. */
  HEARTH_ENV?: string;
}
