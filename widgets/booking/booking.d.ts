import { HearthElement } from "../shared/hearth-element.js";
/**
 * The manage page for one sign-up: see it, add it to a calendar, cancel it, download or erase the data.
 * Reads `registration` from the page's query string and `token` from its fragment (which never
 * reaches a server log) unless given as attributes.
 *
 * @fires hearth-cancelled - The sign-up was cancelled. `detail.registration`.
 * @fires hearth-erased - The person's data was erased. `detail.registrationId`.
 * @fires hearth-error - Loading or changing the sign-up failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart card - The sign-up's details.
 * @csspart button - Every button.
 * @csspart status - The live region announcing what changed.
 * @csspart error - Error messages.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-danger - Cancel and erase buttons, errors. Default #b3261e.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-surface - Card background. Default #ffffff.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 */
export declare class HearthBooking extends HearthElement {
    static styles: import("lit").CSSResult[];
    /** Id of the sign-up; read from `?registration=` when empty. */
    registration: string;
    /** Secret manage token; read from `#token=` when empty. */
    token: string;
    private confirming;
    private changed;
    private actionError;
    private readonly loadTask;
    private readonly actionTask;
    connectedCallback(): void;
    render(): import("lit-html").TemplateResult;
    private renderLoading;
    private renderLoadError;
    private renderView;
    private statusText;
    private renderActions;
    private renderConfirm;
    private askToConfirm;
    /** The person's own copy of everything stored about this sign-up (their data export). */
    private download;
}
