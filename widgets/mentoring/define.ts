import type { StartedRead } from "../shared/api-request.js";
import { setApiOrigin, useStartedReads } from "../shared/api-request.js";
import { define } from "../shared/define.js";
import { HearthMentoring } from "./mentoring.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-mentoring": HearthMentoring;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string, reads: readonly StartedRead[] = []): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  useStartedReads(reads);
  define("hearth-mentoring", HearthMentoring);
}
