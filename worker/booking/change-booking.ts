import type { ValidRegistrationChange } from "../../schema/contracts/registrations.js";
import { ApiError, problem } from "../http/errors.js";
import { isSignupOpen } from "../events/signup-window.js";
import type { ConfirmationQuota } from "../notifications/confirmation-quota.js";
import { enqueueConfirmation } from "../notifications/enqueue.js";
import type { ManagedRegistration } from "../registrations/registration-queries.js";
import { signupTarget, type SignupTarget } from "../registrations/registration-queries.js";
import { newId } from "../lib/crypto.js";
import { isCheckViolation } from "./d1-errors.js";
import { partyRefusal } from "./party-refusal.js";
import { promoteWaitlist } from "./promote-waitlist.js";

/** What the booking becomes: the request's values over the current ones. */
interface Changed {
  slotId: string;
  adults: number;
  children: number;
  name: string;
  email: string | null;
  phone: string | null;
  needs: {
    interpreterLanguage: string | null;
    accessibility: string | null;
    dietary: string | null;
  };
}

const orNull = (value: string | null | undefined, current: string | null) =>
  value === undefined ? current : value || null;

function changedBooking(current: ManagedRegistration, change: ValidRegistrationChange): Changed {
  return {
    slotId: change.slotId ?? current.slotId,
    adults: change.adults ?? current.adults,
    children: change.children ?? current.children,
    name: change.name ?? current.name,
    email: orNull(change.email, current.email),
    phone: orNull(change.phone, current.phone),
    needs: {
      interpreterLanguage: orNull(change.needs?.interpreterLanguage, current.interpreterLanguage),
      accessibility: orNull(change.needs?.accessibility, current.accessibilityNeeds),
      dietary: orNull(change.needs?.dietary, current.dietaryNeeds),
    },
  };
}

/** Why the time or the party cannot change (thrown), checked before anything is written. */
function refuseTimeOrParty(
  current: ManagedRegistration,
  next: Changed,
  slots: { current: SignupTarget; target: SignupTarget },
  context: ChangeContext,
): void {
  const { target } = slots;
  if (current.status === "offered") {
    throw new ApiError(
      409,
      "invalid_state",
      "A place is held for you. Accept it first, then change the time or the number of people.",
      { offer: problem("invalid", "Accept the place, or decline it.") },
    );
  }
  if (next.slotId !== current.slotId && current.status === "waitlisted") {
    throw new ApiError(
      409,
      "invalid_state",
      "You are on the waitlist for this time. To wait for another time, cancel and sign up for it.",
      { slotId: problem("invalid", "Cancel, then sign up for the other time.") },
    );
  }
  if (target.audience !== slots.current.audience) {
    throw new ApiError(422, "validation_failed", "Choose a time for the same kind of place.", {
      slotId: problem("invalid_choice", "Choose one of the times for this kind of place."),
    });
  }
  // An organiser may still change a booking after sign-up closed (at the door, say).
  const open =
    context.by === "organiser"
      ? target.eventStatus === "published" && context.now < current.eventEndsAt
      : isSignupOpen({ ...target, status: target.eventStatus }, context.now);
  if (!open) {
    throw new ApiError(
      409,
      "signup_closed",
      "Sign-up has closed, so the time and the number of people cannot change. Cancel if you cannot come.",
    );
  }
  const refusal = partyRefusal(next.adults, next.children, target.capacity ?? 0);
  if (refusal) throw refusal;
  if (current.wheelchairPlaces > next.adults + next.children) {
    throw new ApiError(
      422,
      "validation_failed",
      "Some answers need a fix. See the fields listed.",
      {
        adults: problem(
          "too_small",
          `The group has ${current.wheelchairPlaces} wheelchair places, so at least ${current.wheelchairPlaces} people.`,
          { min: current.wheelchairPlaces },
        ),
      },
    );
  }
}

/** Who changes the booking, and when. */
export interface ChangeContext {
  now: number;
  confirmationQuota: (email: string | null) => Promise<ConfirmationQuota | null>;
  /** The person from their manage link, or an organiser from the roster (until the event ends). */
  by: "person" | "organiser";
  /** The audit row of an organiser's change: written only if the change is. */
  audit?: D1PreparedStatement;
}

/** The places left on a time (counting the party's own if it holds them), to say what fits. */
async function refuseFull(
  db: D1Database,
  current: ManagedRegistration,
  next: Changed,
  options: { waitlistFull?: boolean } = {},
): Promise<never> {
  const own = current.status === "confirmed" && next.slotId === current.slotId;
  const row = await db
    .prepare(
      `SELECT capacity - taken + ?2 AS placesLeft, waitlist_capacity - waitlist_taken AS waitlistRoom
         FROM slots WHERE id = ?1`,
    )
    .bind(next.slotId, own ? current.adults + current.children : 0)
    .first<{ placesLeft: number; waitlistRoom: number }>();
  const placesLeft = Math.max(0, row?.placesLeft ?? 0);
  const party = next.adults + next.children;
  // Only a confirmed party moving to another time can wait there instead (`joinWaitlist`).
  const canWait = current.status === "confirmed" && next.slotId !== current.slotId;
  const waitlistOpen = !options.waitlistFull && (row?.waitlistRoom ?? 0) >= party;
  throw new ApiError(
    409,
    "slot_full",
    `${placesLeft} ${placesLeft === 1 ? "place is" : "places are"} left at this time, so a group of ${party} does not fit. ${
      !waitlistOpen
        ? `${options.waitlistFull ? "Its waitlist is full too. " : ""}Choose fewer people or another time.`
        : canWait
          ? "Choose fewer people or another time, or join its waitlist instead (send joinWaitlist: true; you give up your place)."
          : "Choose fewer people or another time, or cancel and sign up again to join its waitlist."
    } Your booking has not changed.`,
    { adults: problem("party_too_large", `At most ${placesLeft} people.`, { max: placesLeft }) },
    // `canJoinWaitlist`: the same change with `joinWaitlist: true` would wait there.
    {
      placesLeft,
      waitlistOpen: waitlistOpen ? 1 : 0,
      canJoinWaitlist: waitlistOpen && canWait ? 1 : 0,
    },
  );
}

/**
 * Changes a person's own booking in one batch: the time (another of the same event, same kind of
 * place), the party, the contact, the needs. The places of the new time are taken only if they
 * are there (the slots' CHECKs, as at sign-up), else nothing changes and the answer says what
 * fits; places given up are freed and the waitlist promoted in the same batch. A change of time,
 * party or address sends an updated confirmation, whose calendar entry keeps its UID and gets a
 * higher SEQUENCE. The update names the booking as it was read, so two changes at once never
 * both apply (the second is refused: 409 `version_conflict`). Returns whether a message was queued.
 */
export async function changeBooking(
  db: D1Database,
  current: ManagedRegistration,
  change: ValidRegistrationChange,
  context: ChangeContext,
): Promise<{ notified: boolean }> {
  if (current.status === "cancelled" || current.erasedAt !== null) {
    throw new ApiError(
      409,
      "already_cancelled",
      "This sign-up was cancelled. Sign up again to come.",
    );
  }
  const { now } = context;
  const next = changedBooking(current, change);
  const moving = next.slotId !== current.slotId;
  const resizing = next.adults !== current.adults || next.children !== current.children;
  if (moving || resizing) {
    // The booked time, and the new one when it moves: one round trip.
    const read = (slotId: string) =>
      signupTarget(db, { slug: current.organisationSlug }, current.eventId, slotId);
    const [currentSlot, targetSlot] = await db.batch<SignupTarget>(
      moving ? [read(current.slotId), read(next.slotId)] : [read(current.slotId)],
    );
    const slots = {
      current: currentSlot!.results[0],
      target: (targetSlot ?? currentSlot)!.results[0],
    };
    if (!slots.target?.slotId || !slots.current) {
      throw new ApiError(
        404,
        "not_found",
        "This time is not part of the event. Choose another time.",
        {
          slotId: problem("slot_unknown", "Choose one of the event's times."),
        },
      );
    }
    refuseTimeOrParty(current, next, { current: slots.current, target: slots.target }, context);
  } else if (now >= (context.by === "organiser" ? current.eventEndsAt : current.eventStartsAt)) {
    throw new ApiError(
      409,
      "event_not_open",
      "This event has started. Ask the organiser for changes.",
    );
  }

  const emailChanged = next.email !== current.email;
  const notify = (moving || resizing || emailChanged) && next.email !== null;
  // A confirmed party asking to wait at a full time (`joinWaitlist`) gets a place there if one is
  // free, else its waitlist, giving up the place it had: each try is one batch, and a place freed
  // between the tries is taken, not waited for (as at sign-up).
  const mayWait = change.joinWaitlist === true && moving && current.status === "confirmed";
  for (let round = 0; round < 3; round++) {
    const place = await tryChange(db, current, next, { ...context, notify, waiting: false });
    if (place === "changed") return { notified: notify };
    if (place === "full" && !mayWait) return refuseFull(db, current, next);
    if (place === "full") {
      const wait = await tryChange(db, current, next, { ...context, notify, waiting: true });
      if (wait === "changed") return { notified: notify };
      if (wait === "full") return refuseFull(db, current, next, { waitlistFull: true });
      // Nothing changed: a place opened at that time meanwhile (or the booking changed). Again.
      continue;
    }
    break;
  }
  throw new ApiError(
    409,
    "version_conflict",
    "This sign-up changed while you were changing it. Look at it again, then try again.",
  );
}

/**
 * One try of a change as one batch: the booking updated only as it was read (and, `waiting`, only
 * while the new time has no room for the party: it then waits there, at the end of the waitlist),
 * the audit row, the counters moved, an updated message, and the waitlist of the time given up
 * promoted. `full` when a slot's CHECK refused it; `unchanged` when the booking was not as read.
 */
async function tryChange(
  db: D1Database,
  current: ManagedRegistration,
  next: Changed,
  context: ChangeContext & { notify: boolean; waiting: boolean },
): Promise<"changed" | "full" | "unchanged"> {
  const { now, waiting } = context;
  const moving = next.slotId !== current.slotId;
  const resizing = next.adults !== current.adults || next.children !== current.children;
  const party = next.adults + next.children;
  // A place held by an offer is counted as taken (a contact change re-sends the offer).
  const from = current.status === "waitlisted" ? "waitlist_taken" : "taken";
  const to = waiting ? "waitlist_taken" : from;
  const status = waiting ? "waitlisted" : current.status;
  const statements = [
    db
      .prepare(
        `UPDATE registrations
            SET slot_id = ?2, adults = ?3, children = ?4, name = ?5, email = ?6, phone = ?7,
                interpreter_language = ?8, accessibility_needs = ?9, dietary_needs = ?10,
                updated_at = ?11, calendar_sequence = calendar_sequence + ?12, status = ?17,
                -- Joining a waitlist puts the party at its end.
                created_at = CASE WHEN ?17 <> status THEN ?11 ELSE created_at END
          WHERE id = ?1 AND status = ?13 AND slot_id = ?14 AND adults = ?15 AND children = ?16
            AND erased_at IS NULL
            ${waiting ? "AND EXISTS (SELECT 1 FROM slots WHERE id = ?2 AND capacity - taken < ?18)" : ""}`,
      )
      .bind(
        current.id,
        next.slotId,
        next.adults,
        next.children,
        next.name,
        next.email,
        next.phone,
        next.needs.interpreterLanguage,
        next.needs.accessibility,
        next.needs.dietary,
        now,
        moving || resizing ? 1 : 0,
        current.status,
        current.slotId,
        current.adults,
        current.children,
        status,
        ...(waiting ? [party] : []),
      ),
    // The audit row, then each counter, only if the statement before it changed a row.
    ...(context.audit ? [context.audit] : []),
    db
      .prepare(`UPDATE slots SET ${from} = ${from} - ?2 WHERE id = ?1 AND changes() > 0`)
      .bind(current.slotId, current.adults + current.children),
    db
      .prepare(`UPDATE slots SET ${to} = ${to} + ?2 WHERE id = ?1 AND changes() > 0`)
      .bind(next.slotId, party),
    ...(context.notify
      ? enqueueConfirmation(
          db,
          {
            kind: status,
            registrationId: current.id,
            now,
            onlyIfPreviousChanged: true,
            payload: { changed: true },
          },
          await context.confirmationQuota(next.email),
        )
      : []),
    // Places given up (a smaller party, another time) go to the waitlist at once.
    ...(moving || resizing ? promoteWaitlist(db, current.slotId, newId("promo"), now) : []),
  ];
  try {
    const results = await db.batch(statements);
    return (results[0]!.meta.changes ?? 0) > 0 ? "changed" : "unchanged";
  } catch (error) {
    if (isCheckViolation(error)) return "full";
    throw error;
  }
}
