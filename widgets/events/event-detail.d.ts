import type { PublicEvent } from "../../schema/contracts/events.js";
import type { LocalizeController } from "../shared/localize.js";
export interface DetailOptions {
    org: string;
    api: string | undefined;
    back: () => void;
}
/** The event's full page: description, access notes, calendar file and the sign-up form. */
export declare function renderEventDetail(event: PublicEvent, localize: LocalizeController, options: DetailOptions): import("lit-html").TemplateResult<1>;
