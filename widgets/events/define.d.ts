import { HearthEvents } from "./events.js";
declare global {
    interface HTMLElementTagNameMap {
        "hearth-events": HearthEvents;
    }
}
/** Called by embed.js once this chunk has loaded. */
export declare function register(apiOrigin?: string): void;
