import type { PublicEvent } from "../../schema/contracts/events.js";
import type { LocalizeController } from "../shared/localize.js";
/** Where the event happens, in the fewest words: the venue, or "Online". */
export declare function placeOf(event: PublicEvent, localize: LocalizeController): string;
export declare function languagesOf(event: PublicEvent, localize: LocalizeController): string;
/** One event in the list; the title is the button that opens its details. */
export declare function renderEventCard(event: PublicEvent, localize: LocalizeController, open: (event: PublicEvent) => void): import("lit-html").TemplateResult<1>;
