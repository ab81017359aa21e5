import { setApiOrigin } from "../shared/api-client.js";
import { define } from "../shared/define.js";
import { HearthBooking } from "./booking.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-booking": HearthBooking;
  }
}

/** Called by embed.js once this chunk has loaded. */
export function register(apiOrigin?: string): void {
  if (apiOrigin) setApiOrigin(apiOrigin);
  define("hearth-booking", HearthBooking);
}
