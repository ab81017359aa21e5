import type { PublicEvent } from "../../schema/contracts/events.js";
import { HearthElement } from "../shared/hearth-element.js";
/**
 * The sign-up form for one event.
 *
 * @fires hearth-registered - The sign-up was saved. `detail.registration` holds status and links.
 * @fires hearth-error - Loading the event or sending the form failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart form - The form.
 * @csspart label - Every label and legend.
 * @csspart input - Every input and text area.
 * @csspart button - The submit button and the links after sign-up.
 * @csspart status - The live region announcing the result.
 * @csspart error - Error messages, beside fields and for the whole form.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-surface - Field background. Default #ffffff.
 * @cssproperty --hearth-color-border - Field borders. Default #8a8f96.
 * @cssproperty --hearth-color-danger - Error text. Default #b3261e.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 * @cssproperty --hearth-font-family - Font. Default system-ui.
 */
export declare class HearthSignup extends HearthElement {
    static styles: import("lit").CSSResult[];
    /** Slug of the organisation running the event. */
    org: string;
    /** Id of the event to sign up for. */
    event: string;
    /** The event, when the page already has it (as `<hearth-events>` does); saves a request. */
    eventData: PublicEvent | undefined;
    private errors;
    private formError;
    private registration;
    private shownAt;
    private attempt;
    private readonly eventTask;
    private readonly submitTask;
    render(): import("lit-html").TemplateResult;
    private renderLoading;
    private renderEvent;
    private renderForm;
    private renderResult;
    private hasNeedsError;
    private onSubmit;
    /** A retry of the same answers reuses the key, so a lost response never books twice. */
    private idempotencyKeyFor;
    private showFailure;
    private focusFirstInvalid;
}
