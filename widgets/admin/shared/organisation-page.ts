import { ContextConsumer } from "@lit/context";
import { property } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminOrganisationSummary, Role } from "../../../schema/contracts/admin/session.js";
import { getAdminEvent } from "../events/events-api.js";
import { pageContext } from "../app/page-state.js";
import { AdminElement } from "./admin-element.js";

/**
 * A dashboard page of one organisation. Inside the dashboard, the organisation, the member's role
 * and user id come from the page state `<hearth-admin>` provides (`@lit/context`); on its own (a
 * test, an embed) the same properties are set as attributes.
 */
export class OrganisationPageElement extends AdminElement {
  @property() org = "";
  @property({ attribute: false }) organisation: AdminOrganisationSummary | undefined;
  /** The signed-in person's role here; the page hides what it does not allow. */
  @property({ attribute: "member-role" }) memberRole: Role | undefined;
  @property({ attribute: "user-id" }) userId = "";

  constructor() {
    super();
    new ContextConsumer(this, {
      context: pageContext,
      subscribe: true,
      callback: (page) => {
        if (!page) return;
        this.org = page.organisation.slug;
        this.organisation = page.organisation;
        this.memberRole = page.role;
        this.userId = page.userId;
      },
    });
  }
}

/** A page of one event (roster, needs board, stalls, shifts …): the event's id is in the URL. */
export class EventPageElement extends OrganisationPageElement {
  @property({ attribute: "event-id" }) eventId = "";

  /** The event this page is about, read fresh for each page (places change between pages). */
  protected async loadEvent(org: string, id: string, signal: AbortSignal): Promise<AdminEvent> {
    return (await getAdminEvent(org, id, signal)).event;
  }
}
