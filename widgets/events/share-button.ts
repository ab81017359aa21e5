import { html } from "lit";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { eventPagePath } from "../../schema/rules/event-links.js";
import { define } from "../shared/define.js";
import type { LocalizeController } from "../shared/localize.js";
import { HearthEventShare } from "./event-share.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-event-share": HearthEventShare;
  }
}

/**
 * The event's own page on Hearth (`/<organisation>/events/<id>`), served by the server the
 * event came from: the origin of its calendar file. Without a language, so whoever opens it
 * reads it in theirs.
 */
export function eventPageUrl(event: PublicEvent, organisationSlug: string): string {
  return `${new URL(event.calendarUrl).origin}${eventPagePath(organisationSlug, event.id)}`;
}

/** A Share button for the event's page, registered the first time an event's details show. */
export function renderShareButton(
  event: PublicEvent,
  organisationSlug: string,
  localize: LocalizeController,
) {
  define("hearth-event-share", HearthEventShare);
  return html`<hearth-event-share
    class="share"
    url=${eventPageUrl(event, organisationSlug)}
    .eventTitle=${event.title}
    .words=${{
      share: localize.t("shareEvent"),
      copied: localize.t("shareCopied"),
      copyFailed: localize.t("shareCopyFailed"),
    }}
  ></hearth-event-share>`;
}
