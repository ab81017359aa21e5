import { setApiOrigin } from "../shared/api-client.js";
import { define } from "../shared/define.js";
import { HearthCookApply } from "./cook-apply.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-cook-apply": HearthCookApply;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  define("hearth-cook-apply", HearthCookApply);
}
