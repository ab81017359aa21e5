import type { StartedRead } from "../shared/api-request.js";
import { setApiOrigin, useStartedReads } from "../shared/api-request.js";
import { define } from "../shared/define.js";
import { HearthCookApply } from "./cook-apply.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-cook-apply": HearthCookApply;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string, reads: readonly StartedRead[] = []): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  useStartedReads(reads);
  define("hearth-cook-apply", HearthCookApply);
}
