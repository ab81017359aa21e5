import { setApiOrigin } from "../shared/api-client.js";
import { define } from "../shared/define.js";
import { HearthVolunteer } from "./volunteer.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-volunteer": HearthVolunteer;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  define("hearth-volunteer", HearthVolunteer);
}
