import { html } from "lit";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { eventPageUrl } from "../../schema/rules/event-links.js";
import { define } from "../shared/define.js";
import type { LocalizeController } from "../shared/localize.js";
import { HearthEventShare } from "./event-share.js";

declare global {
  interface HTMLElementTagNameMap {
    "hearth-event-share": HearthEventShare;
  }
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
