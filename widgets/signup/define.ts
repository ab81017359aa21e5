import { setApiOrigin } from "../shared/api-client.js";
import { define } from "../shared/define.js";
import { HearthSignup } from "./signup.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-signup": HearthSignup;
  }
}

/** Called by embed.js, or by `<hearth-events>` when someone opens an event. */
export function register(apiOrigin?: string): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  define("hearth-signup", HearthSignup);
}
