import { setApiOrigin } from "../shared/api-client.js";
import { define } from "../shared/define.js";
import { HearthFestival } from "./festival.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-festival": HearthFestival;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  define("hearth-festival", HearthFestival);
}
