import type { Context, MiddlewareHandler } from "hono";
import { createMiddleware } from "hono/factory";
import { recipientHash } from "../notifications/confirmation-quota.js";
import { findApplicationContact } from "../festivals/application-queries.js";
import { findRegistrationOrganisation } from "../registrations/registration-queries.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";
import { organisationSlug } from "../organisations/load-organisation.js";

/** The `[[ratelimits]]` bindings of wrangler.toml, by name. */
export type LimiterName = {
  [K in keyof Env]-?: Env[K] extends RateLimit ? K : never;
}[keyof Env];

/**
 * Every limiter in wrangler.toml counts per minute (`period = 60`); the binding does not say when
 * its window ends, so a refused client is told to wait one whole window.
 */
export const retryAfterSeconds = 60;

/** Who a public write is for: its organisation and, if it sends a confirmation, the address. */
export interface WriteTarget {
  /**
   * The organisation as a counter's key: its id, or its slug for a sign-up, which is counted
   * before anything is read (the organisation is checked by the booking batch itself).
   */
  organisation: string;
  recipient?: string | null | undefined;
}

/** Finds the target of a write; `null` when it names nothing (the write will be refused anyway). */
export type TargetOf = (c: Context<AppEnv>) => WriteTarget | null | Promise<WriteTarget | null>;

/** The organisation `loadOrganisation` put on the request. */
export const organisationTarget: TargetOf = (c) => ({ organisation: c.var.organisation.id });

/**
 * The organisation, and the `email` of the validated JSON body: a sign-up's confirmation. Put after
 * the route's `validate("json", …)`; a middleware shared by routes cannot name their schema's type.
 */
export const signUpTarget: TargetOf = (c) => ({
  organisation: `slug:${organisationSlug(c)}`,
  recipient: (c.req.valid("json" as never) as { email?: string | null }).email,
});

/** A cook's application behind `:id`; `confirm` when the write sends the cook a confirmation. */
export const applicationTarget =
  ({ confirm }: { confirm: boolean }): TargetOf =>
  async (c) => {
    const found = await findApplicationContact(c.var.db, c.req.param("id") ?? "");
    return found && { organisation: found.organisationId, recipient: confirm ? found.email : null };
  };

/** The registration a reminder or feedback link acts on. */
export const linkTarget: TargetOf = async (c) => {
  const found = await findRegistrationOrganisation(c.var.db, c.req.param("registrationId") ?? "");
  return found && { organisation: found.organisationId };
};

/**
 * The client behind a request. Cloudflare sets `CF-Connecting-IP` on every request (and replaces
 * any the client sent); `wrangler dev` sets it too. Requests made inside tests share one key.
 */
const clientOf = (c: Context<AppEnv>) => c.req.header("CF-Connecting-IP") ?? "local";

function rateLimited(): ApiError {
  return new ApiError(
    429,
    "rate_limited",
    `Too many requests. Try again in ${retryAfterSeconds} seconds.`,
    undefined,
    { retryAfter: retryAfterSeconds },
  ).withHeaders({ "Retry-After": String(retryAfterSeconds) });
}

/**
 * Counts a public write and says whether it is past its limits: the limiter's count per
 * organisation and client, and, for writes that send a confirmation, `RECIPIENT_RATE_LIMIT`'s per
 * address (whatever the client).
 */
export async function isOverLimit(
  c: Context<AppEnv>,
  limiter: LimiterName,
  target: WriteTarget | null,
): Promise<boolean> {
  const checks = [c.env[limiter].limit({ key: `${target?.organisation ?? "-"}:${clientOf(c)}` })];
  if (target?.recipient) {
    const key = await recipientHash(c.env.MANAGE_TOKEN_SECRET, target.recipient);
    checks.push(c.env.RECIPIENT_RATE_LIMIT.limit({ key }));
  }
  const outcomes = await Promise.all(checks);
  return outcomes.some((outcome) => !outcome.success);
}

/**
 * Anti-automation for a public write (`isOverLimit`). Past a limit: 429 `rate_limited` with
 * `Retry-After`, before anything is written. Put it just before the handler, so the writes it
 * counts are the ones that would reach the database. Pages people open from an email check
 * `isOverLimit` themselves, to answer with a page rather than JSON.
 */
export function rateLimit(
  limiter: LimiterName,
  targetOf: TargetOf = organisationTarget,
): MiddlewareHandler<AppEnv> {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (await isOverLimit(c, limiter, await targetOf(c))) throw rateLimited();
    await next();
  });
}
