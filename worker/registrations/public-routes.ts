import type { Context } from "hono";
import { Hono } from "hono";
import type {
  RegistrationResponse,
  RegistrationView,
} from "../../schema/contracts/registrations.js";
import { resolveText } from "../../i18n/content.js";
import { cancelRegistration } from "../booking/cancel-registration.js";
import { eraseRegistration } from "../booking/erase-registration.js";
import { acceptOffer } from "../booking/waitlist-offer.js";
import type { AppEnv } from "../http/app-env.js";
import { assertWriteOrigin, preflight } from "../http/cors.js";
import { authoriseManageToken } from "../http/bearer-token.js";
import { ApiError } from "../http/errors.js";
import { constantTimeEqual } from "../lib/crypto.js";
import { renderCalendar } from "../lib/ics.js";
import { eventCalendarUrl } from "../events/public-event.js";
import {
  registrationCalendarEntry,
  registrationCalendarKey,
  registrationCalendarUrl,
} from "./registration-calendar.js";
import { findRegistrationMessageData } from "../notifications/message-context-queries.js";
import type { ManagedRegistration } from "./registration-queries.js";
import {
  findAllowedOriginsOfRegistration,
  findManagedRegistration,
} from "./registration-queries.js";
import { idParam } from "../http/id-param.js";
import { changeRegistrationBodySchema } from "../../schema/contracts/registrations.js";
import { changeBooking } from "../booking/change-booking.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { validate } from "../http/validate.js";
import { confirmationQuota } from "../notifications/confirmation-quota.js";
import { calendarLinksOf } from "../../schema/rules/calendar-links.js";

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

/** Answers with the registration, as it is now. */
async function respond(c: Context<AppEnv>, registration: ManagedRegistration) {
  c.header("Cache-Control", "no-store");
  return c.json<RegistrationResponse, 200>({ registration: await viewOf(c, registration) }, 200);
}

/** The registration as it is now, after a change. */
async function currentView(c: Context<AppEnv>, id: string) {
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
  return currentView(c, registration.id);
}

export const registrationRoutes = new Hono<AppEnv>()
  .options(
    "/:id/*",
    preflight((c) => findAllowedOriginsOfRegistration(c.var.db, c.req.param("id") ?? ""), "POST"),
  )
  .options(
    "/:id",
    preflight(
      (c) => findAllowedOriginsOfRegistration(c.var.db, c.req.param("id") ?? ""),
      "PATCH, DELETE",
    ),
  )
  .get("/:id", async (c) => respond(c, await authorise(c)))
  .get("/:id/calendar.ics", async (c) => {
    // The key opens this file only; a wrong key and an unknown sign-up answer alike.
    const id = idParam(c, "id", "This calendar link does not work.");
    const data = await findRegistrationMessageData(c.var.db, id);
    const key = await registrationCalendarKey(c.env.MANAGE_TOKEN_SECRET, id);
    if (!data || data.erasedAt !== null || !constantTimeEqual(key, c.req.query("key") ?? "")) {
      throw new ApiError(404, "not_found", "This calendar link does not work.");
    }
    const body = renderCalendar([registrationCalendarEntry(data, new URL(c.req.url).hostname)], {
      now: Date.now(),
    });
    c.header("Cache-Control", "private, no-store");
    c.header("Content-Disposition", `attachment; filename="${data.eventId}.ics"`);
    return c.body(body, 200, { "Content-Type": "text/calendar; charset=utf-8" });
  })
  // A change to one's own booking: the time, the party, the contact, the needs (`changeBooking`).
  .patch(
    "/:id",
    requireJson,
    limitBody,
    validate("json", changeRegistrationBodySchema),
    async (c) => {
      const registration = await authorise(c);
      assertWriteOrigin(c, registration.allowedOrigins);
      const { notified } = await changeBooking(c.var.db, registration, c.req.valid("json"), {
        now: Date.now(),
        by: "person",
        confirmationQuota: (email) => confirmationQuota(c.env, email, Date.now()),
      });
      c.set("messagesQueued", notified);
      return respond(c, await currentView(c, registration.id));
    },
  )
  .delete("/:id", async (c) => respond(c, await cancelOwnRegistration(c)))
  // Accepting a freed place held for one (`waitlist-offer.ts`); declining is cancelling.
  .post("/:id/accept", async (c) => {
    const registration = await authorise(c);
    assertWriteOrigin(c, registration.allowedOrigins);
    if (registration.status !== "offered") {
      throw new ApiError(
        409,
        "invalid_state",
        registration.status === "confirmed"
          ? "Your place is already confirmed."
          : "No place is being held for you now.",
      );
    }
    const accepted = await acceptOffer(c.var.db, registration.id, registration.slotId, Date.now());
    if (!accepted) {
      throw new ApiError(
        409,
        "offer_expired",
        "The time to accept this place has passed, so it went to the next person. Sign up again if places are free.",
      );
    }
    c.set("messagesQueued", true);
    return respond(c, await currentView(c, registration.id));
  })
  .post("/:id/erase", async (c) => {
    const registration = await authorise(c);
    assertWriteOrigin(c, registration.allowedOrigins);
    await eraseRegistration(c.var.db, registration.id, registration.slotId, Date.now());
    c.set("messagesQueued", true);
    return respond(c, await currentView(c, registration.id));
  });
