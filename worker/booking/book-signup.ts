import type { ValidSignUp } from "../../schema/contracts/registrations.js";
import { newId } from "../lib/crypto.js";
import { deriveManageToken, hashManageToken } from "../registrations/manage-token.js";
import type { ConfirmationQuota } from "../notifications/confirmation-quota.js";
import type { SignupTarget } from "../registrations/registration-queries.js";
import { visitAnswers } from "../visits/visit-answers.js";
import { partyRefusal } from "./party-refusal.js";
import { bookPlace, type BookingOutcome } from "./book-place.js";

/** A person's answers as both sign-up contracts give them (online, and an organiser's entry). */
export type SignUpAnswers = Pick<
  ValidSignUp,
  | "adults"
  | "children"
  | "name"
  | "email"
  | "phone"
  | "locale"
  | "needs"
  | "languages"
  | "pickupPointId"
  | "offer"
  | "wheelchairPlaces"
>;

export interface SignUp {
  organisationId: string;
  eventId: string;
  /** The time being booked, found within the event (`findSignupTarget`). */
  target: SignupTarget & { slotId: string; capacity: number };
  answers: SignUpAnswers;
  idempotencyKeyHash: string;
  requestHash: string;
  /** `in_person` when an organiser records the consent on the person's behalf. */
  consentSource: "online" | "in_person";
  /** The organiser who entered it; null online. */
  createdBy: string | null;
  /** The cap on confirmations to the address today; organisers' entries have none. */
  confirmationQuota?: ConfirmationQuota | null;
  now: number;
}

const emptyToNull = (value: string | null | undefined) => (value ? value : null);

/**
 * The one way a person gets a place: the public sign-up and an organiser's "Add someone" both
 * come here. The party must fit the time (else the refusal is thrown), a visit's own rules are
 * checked (`visitAnswers`), then `bookPlace` books a place or the waitlist in one batch. Returns
 * the outcome and the registration's manage token (derived from its id, never stored).
 */
export async function bookSignup(
  db: D1Database,
  manageSecret: string,
  signUp: SignUp,
): Promise<{ outcome: BookingOutcome; manageToken: string; registrationId: string }> {
  const { answers, target } = signUp;
  const refusal = partyRefusal(answers.adults, answers.children, target.capacity);
  if (refusal) throw refusal;
  const visit = visitAnswers(target, answers);
  const registrationId = newId("reg");
  const manageToken = await deriveManageToken(manageSecret, registrationId);
  const outcome = await bookPlace(db, {
    registrationId,
    organisationId: signUp.organisationId,
    eventId: signUp.eventId,
    slotId: target.slotId,
    adults: answers.adults,
    children: answers.children,
    name: answers.name,
    email: emptyToNull(answers.email),
    phone: emptyToNull(answers.phone),
    locale: answers.locale,
    interpreterLanguage: emptyToNull(answers.needs?.interpreterLanguage),
    accessibilityNeeds: emptyToNull(answers.needs?.accessibility),
    dietaryNeeds: emptyToNull(answers.needs?.dietary),
    idempotencyKeyHash: signUp.idempotencyKeyHash,
    requestHash: signUp.requestHash,
    manageTokenHash: await hashManageToken(manageToken),
    consentSource: signUp.consentSource,
    createdBy: signUp.createdBy,
    visit,
    now: signUp.now,
    confirmationQuota: signUp.confirmationQuota ?? null,
  });
  return { outcome, manageToken, registrationId };
}
