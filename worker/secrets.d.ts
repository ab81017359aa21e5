// Secrets and local-only settings are not in wrangler.toml, so `wrangler types` cannot see them:
// `wrangler secret put` in production, `.dev.vars` (written by `npm start`) locally, miniflare
// bindings in tests. Declared for both the global `Env` and `Cloudflare.Env` (what tests see).
interface HearthSecrets {
  /** Key for manage tokens and signed links (HMAC-SHA256). At least 32 random bytes, base64. */
  MANAGE_TOKEN_SECRET: string;
  /** `development` only in local runs (`.dev.vars`, tests): turns on the dev mailbox. */
  HEARTH_ENV?: string;
}

// Interface merging is the point here: these add the secrets to the generated interfaces.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
interface Env extends HearthSecrets {}

declare namespace Cloudflare {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Env extends HearthSecrets {}
}
