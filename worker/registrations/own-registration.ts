import type { Context } from "hono";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import { calendarLinksOf } from "../../schema/rules/calendar-links.js";
import { resolveText } from "../../i18n/content.js";
import { cancelRegistration } from "../booking/cancel-registration.js";
import { eventCalendarUrl } from "../events/public-event.js";
import type { AppEnv } from "../http/app-env.js";
import { authoriseManageToken } from "../http/bearer-token.js";
import { assertWriteOrigin } from "../http/cors.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { registrationCalendarUrl } from "./registration-calendar.js";
import type { ManagedRegistration } from "./registration-queries.js";
import { findManagedRegistration } from "./registration-queries.js";

/*
 * A person's own sign-up, opened with its manage token: authorised, seen and cancelled the same
 * way by the API's routes (`public-routes.ts`) and the manage page's first screen
 * (`worker/embed/booking-first-screen-routes.ts`).
 */

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** Loads the registration the bearer's manage token opens. */
export async function authorise(c: Context<AppEnv>): Promise<ManagedRegistration> {
  // The token is checked before anything is read from the row beyond its hash.
  const found = c.req.header("Authorization")
    ? await findManagedRegistration(
        c.var.db,
        idParam(c, "id", "We could not find this sign-up. Check that you opened the whole link."),
      )
    : null;
  return authoriseManageToken(c, found, {
    missing: "Open the link from your sign-up confirmation to see or change this sign-up.",
    notFound: "We could not find this sign-up. Check that you opened the whole link.",
  });
}

function toView(
  registration: ManagedRegistration,
  origin: string,
  calendarUrl: string,
): RegistrationView {
  const text = (value: Record<string, string>) =>
    resolveText(value, registration.locale, registration.defaultLocale);
  const title = text(registration.eventTitle);
  return {
    id: registration.id,
    status: registration.status,
    position: registration.position,
    offer:
      registration.offerExpiresAt === null ? null : { expiresAt: iso(registration.offerExpiresAt) },
    shortCode: registration.shortCode,
    adults: registration.adults,
    children: registration.children,
    name: registration.name,
    email: registration.email,
    phone: registration.phone,
    locale: registration.locale,
    needs: {
      interpreterLanguage: registration.interpreterLanguage,
      accessibility: registration.accessibilityNeeds,
      dietary: registration.dietaryNeeds,
    },
    visit: {
      languages: registration.languages,
      pickupPoint:
        registration.pickupPointId === null
          ? null
          : {
              id: registration.pickupPointId,
              name: registration.pickupPointName,
              departsAt: isoOrNull(registration.pickupPointDepartsAt),
            },
      offer: registration.offer,
      wheelchairPlaces: registration.wheelchairPlaces,
    },
    attendance: {
      confirmedAt: isoOrNull(registration.attendanceConfirmedAt),
      checkedInAt: isoOrNull(registration.checkedInAt),
      noShowAt: isoOrNull(registration.noShowAt),
    },
    consentAt: iso(registration.consentAt),
    createdAt: iso(registration.createdAt),
    cancelledAt: registration.cancelledAt === null ? null : iso(registration.cancelledAt),
    erased: registration.erasedAt !== null,
    answers: registration.answers.map((answer) => ({
      questionId: answer.questionId,
      question: text(answer.label).text,
      kind: answer.kind,
      value: answer.value,
      choices: (answer.choices ?? []).map((choice) => ({
        id: choice.id,
        label: text(choice.label).text,
      })),
    })),
    calendarUrl,
    calendarLinks: calendarLinksOf({
      title: title.text,
      startsAt: registration.eventStartsAt,
      endsAt: registration.eventEndsAt,
      location:
        [registration.venueName, registration.venueAddress].filter(Boolean).join(", ") ||
        registration.onlineUrl,
    }),
    event: {
      id: registration.eventId,
      organisation: registration.organisationSlug,
      title: title.text,
      contentLocale: title.lang,
      startsAt: iso(registration.eventStartsAt),
      endsAt: iso(registration.eventEndsAt),
      timeZone: registration.eventTimeZone,
      venueName: registration.venueName,
      venueAddress: registration.venueAddress,
      onlineUrl: registration.onlineUrl,
      calendarUrl: eventCalendarUrl(
        origin,
        registration.organisationSlug,
        registration.eventId,
        registration.locale,
      ),
    },
    slot: {
      id: registration.slotId,
      label: text(registration.slotLabel).text,
      startsAt: iso(registration.slotStartsAt),
      endsAt: iso(registration.slotEndsAt),
    },
  };
}

/** The registration as its person sees it (`GET /registrations/:id`'s answer). */
export async function viewOf(
  c: Context<AppEnv>,
  registration: ManagedRegistration,
): Promise<RegistrationView> {
  const origin = new URL(c.req.url).origin;
  const calendarUrl = await registrationCalendarUrl(
    origin,
    c.env.MANAGE_TOKEN_SECRET,
    registration.id,
  );
  return toView(registration, origin, calendarUrl);
}

/** The registration as it is now, after a change. */
export async function currentRegistration(c: Context<AppEnv>, id: string) {
  const registration = await findManagedRegistration(c.var.db, id);
  if (!registration) throw new ApiError(404, "not_found", "We could not find this sign-up.");
  return registration;
}

/**
 * Its person cancels the sign-up the bearer's token opens, from a website the organisation
 * allows (the widget's `DELETE`, and the manage page's first screen): the place goes to the
 * waitlist, the confirmation of the cancellation is queued. The sign-up as it is now.
 */
export async function cancelOwnRegistration(c: Context<AppEnv>): Promise<ManagedRegistration> {
  const registration = await authorise(c);
  assertWriteOrigin(c, registration.allowedOrigins);
  await cancelRegistration(c.var.db, registration.id, registration.slotId, Date.now());
  c.set("messagesQueued", true);
  return currentRegistration(c, registration.id);
}
