import type { Context } from "hono";
import { Hono } from "hono";
import type { RegistrationResponse } from "../../schema/contracts/registrations.js";
import { eraseRegistration } from "../booking/erase-registration.js";
import { acceptOffer } from "../booking/waitlist-offer.js";
import type { AppEnv } from "../http/app-env.js";
import { assertWriteOrigin, preflight } from "../http/cors.js";
import { ApiError } from "../http/errors.js";
import { constantTimeEqual } from "../lib/crypto.js";
import { renderCalendar } from "../lib/ics.js";
import { registrationCalendarEntry, registrationCalendarKey } from "./registration-calendar.js";
import { findRegistrationMessageData } from "../notifications/message-context-queries.js";
import type { ManagedRegistration } from "./registration-queries.js";
import { findAllowedOriginsOfRegistration } from "./registration-queries.js";
import {
  authorise,
  cancelOwnRegistration,
  currentRegistration,
  viewOf,
} from "./own-registration.js";
import { idParam } from "../http/id-param.js";
import { changeRegistrationBodySchema } from "../../schema/contracts/registrations.js";
import { changeBooking } from "../booking/change-booking.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { validate } from "../http/validate.js";
import { confirmationQuota } from "../notifications/confirmation-quota.js";

/** Answers with the registration, as it is now. */
async function respond(c: Context<AppEnv>, registration: ManagedRegistration) {
  c.header("Cache-Control", "no-store");
  return c.json<RegistrationResponse, 200>({ registration: await viewOf(c, registration) }, 200);
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
      return respond(c, await currentRegistration(c, registration.id));
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
    return respond(c, await currentRegistration(c, registration.id));
  })
  .post("/:id/erase", async (c) => {
    const registration = await authorise(c);
    assertWriteOrigin(c, registration.allowedOrigins);
    await eraseRegistration(c.var.db, registration.id, registration.slotId, Date.now());
    c.set("messagesQueued", true);
    return respond(c, await currentRegistration(c, registration.id));
  });
