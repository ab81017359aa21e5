import { setApiOrigin } from "../shared/api-client.js";
import { define } from "../shared/define.js";
import { HearthEvents } from "./events.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-events": HearthEvents;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  define("hearth-events", HearthEvents);
}
