import { HearthBooking } from "./booking.js";
declare global {
    interface HTMLElementTagNameMap {
        "hearth-booking": HearthBooking;
    }
}
/** Called by embed.js once this chunk has loaded. */
export declare function register(apiOrigin?: string): void;
