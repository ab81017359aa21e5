import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderBookingAnswers } from "./booking-answers.js";

/** A visit sign-up's own answers: the group's languages, its pick-up, a host's offer. */
function renderVisitFacts({ visit, event }: RegistrationView, localize: LocalizeController) {
  const t = localize;
  const { languages, pickupPoint, offer, wheelchairPlaces } = visit;
  return html`${
    languages && languages.length > 0
      ? html`<dt>${t.t("bookingLanguages")}</dt>
          <dd>${t.list(languages.map((code) => t.languageName(code)))}</dd>`
      : nothing
  }
  ${
    pickupPoint
      ? html`<dt>${t.t("bookingPickup")}</dt>
          <dd>
            ${
              pickupPoint.departsAt
                ? t.t("bookingPickupAt", {
                    place: pickupPoint.name ?? "",
                    time: t.time(pickupPoint.departsAt, event.timeZone),
                  })
                : html`<bdi>${pickupPoint.name}</bdi>`
            }
          </dd>`
      : nothing
  }
  ${
    offer
      ? html`<dt>${t.t("bookingOffer")}</dt>
          <dd dir="auto">${offer}</dd>`
      : nothing
  }
  ${
    wheelchairPlaces > 0
      ? html`<dt>${t.t("wheelchairPlaces")}</dt>
          <dd>${t.number(wheelchairPlaces)}</dd>`
      : nothing
  }`;
}

function statusText(view: RegistrationView, localize: LocalizeController): string {
  if (view.status === "confirmed") return localize.t("statusConfirmed");
  if (view.status === "offered") return localize.t("statusOffered");
  if (view.status === "waitlisted") {
    return localize.t("statusWaitlisted", {
      position: localize.number(view.position ?? 0),
    });
  }
  return localize.t("statusCancelled");
}

/**
 * The sign-up's details as a card: the event, when and where, who is coming, its status and
 * short code, and their answers to the organisers' questions. Once erased, only what says nothing
 * about the person stays.
 */
export function renderBookingCard(view: RegistrationView, localize: LocalizeController) {
  const t = localize;
  const { event } = view;
  return html`<article part="card" class="card panel">
    <h2 id="booking-heading" tabindex="-1">${t.t("bookingHeading")}</h2>
    <p class="event-title" lang=${event.contentLocale} dir=${directionOf(event.contentLocale)}>
      ${event.title}
    </p>
    <dl class="facts">
      <dt>${t.t("when")}</dt>
      <dd>${t.dateRange(view.slot.startsAt, view.slot.endsAt, event.timeZone)}</dd>
      ${
        event.venueName || event.venueAddress
          ? html`<dt>${t.t("where")}</dt>
              <dd>
                <bdi>${[event.venueName, event.venueAddress].filter(Boolean).join(", ")}</bdi>
              </dd>`
          : event.onlineUrl
            ? html`<dt>${t.t("where")}</dt>
                <dd>${t.t("online")}</dd>`
            : nothing
      }
      ${
        view.erased
          ? nothing
          : html`<dt>${t.t("name")}</dt>
              <dd>${view.name}</dd>
              <dt>${t.t("people")}</dt>
              <dd>
                ${t.list([
                  t.plural("adultsCount", view.adults),
                  ...(view.children > 0 ? [t.plural("childrenCount", view.children)] : []),
                ])}
              </dd>`
      }
      ${view.erased ? nothing : renderVisitFacts(view, localize)}
      <dt>${t.t("status")}</dt>
      <dd class="state ${view.status}">${statusText(view, localize)}</dd>
      ${
        view.shortCode && view.status !== "cancelled"
          ? html`<dt>${t.t("code")}</dt>
              <dd><bdi class="code" lang="en">${view.shortCode}</bdi></dd>`
          : nothing
      }
    </dl>
    ${renderBookingAnswers(view, localize)}
  </article>`;
}
