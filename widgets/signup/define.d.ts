import { HearthSignup } from "./signup.js";
declare global {
    interface HTMLElementTagNameMap {
        "hearth-signup": HearthSignup;
    }
}
/** Called by embed.js, or by `<hearth-events>` when someone opens an event. */
export declare function register(apiOrigin?: string): void;
