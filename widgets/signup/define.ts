import type { StartedRead } from "../shared/api-request.js";
import { setApiOrigin, useStartedReads } from "../shared/api-request.js";
import { define } from "../shared/define.js";
import { HearthSignup } from "./signup.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-signup": HearthSignup;
  }
}

/** Called by embed.js, or by `<hearth-events>` when someone opens an event. */
export function register(apiOrigin?: string, reads: readonly StartedRead[] = []): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  useStartedReads(reads);
  define("hearth-signup", HearthSignup);
}
