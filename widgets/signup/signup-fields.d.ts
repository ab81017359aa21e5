import type { PublicEvent } from "../../schema/contracts/events.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import type { Field, FieldErrors } from "./validate.js";
export interface FieldOptions {
    name: Field;
    label: MessageKey;
    hint?: MessageKey;
    type?: "text" | "email" | "tel" | "number";
    autocomplete?: string;
    inputmode?: "numeric" | "email" | "tel";
    value?: string;
    multiline?: boolean;
}
/** Label, hint, control and error side by side in one shadow root, tied with ids. */
export declare function renderField(localize: LocalizeController, errors: FieldErrors, options: FieldOptions): import("lit-html").TemplateResult<1>;
/** One slot needs no choice; several become a radio group showing places left for each. */
export declare function renderSlots(event: PublicEvent, localize: LocalizeController, errors: FieldErrors): import("lit-html").TemplateResult<1>;
