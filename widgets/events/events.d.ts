import { HearthElement } from "../shared/hearth-element.js";
/**
 * Upcoming events of one organisation, with filters, details and sign-up.
 *
 * @fires hearth-event-open - Someone opened an event's details. `detail.eventId`.
 * @fires hearth-registered - Bubbled up from the sign-up form inside the details.
 * @fires hearth-error - Loading the events failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart filters - The filter form.
 * @csspart label - Every label.
 * @csspart input - Every select and input.
 * @csspart list - The list of events.
 * @csspart card - One event in the list.
 * @csspart availability - "N places left", "Full — join the waitlist" or "Full".
 * @csspart button - Every button and button-like link.
 * @csspart status - The loading message.
 * @csspart error - The error message with its retry button.
 * @csspart detail - An event's details.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-on-primary - Text on primary buttons. Default #ffffff.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-muted - Secondary text. Default #4a4f55.
 * @cssproperty --hearth-color-surface - Card background. Default #ffffff.
 * @cssproperty --hearth-color-border - Card and field borders. Default #8a8f96.
 * @cssproperty --hearth-color-danger - Errors and "Full". Default #b3261e.
 * @cssproperty --hearth-color-success - "Places left". Default #146c2e.
 * @cssproperty --hearth-color-focus - Focus ring. Default #1a1a1a.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 * @cssproperty --hearth-font-family - Font. Default system-ui.
 */
export declare class HearthEvents extends HearthElement {
    static styles: import("lit").CSSResult[];
    /** Slug of the organisation whose events are shown. */
    org: string;
    /** Show only this kind: `meetup`, `course`, `visit` or `festival`. Empty shows all. */
    kind: string;
    /** Show only this region, as the organisation names it. Empty shows all. */
    region: string;
    private selected;
    private more;
    private nextCursor;
    private regions;
    private readonly listTask;
    private readonly moreTask;
    render(): import("lit-html").TemplateResult;
    private renderFilters;
    private renderLoading;
    private renderError;
    private renderList;
    private rememberRegions;
    private readonly loadMore;
    private readonly openDetail;
    private closeDetail;
    private focusCard;
    private onKindChange;
    private onRegionChange;
    /** Lets the host page log or react to failures; the widget shows its own message. */
    private readonly reportError;
}
