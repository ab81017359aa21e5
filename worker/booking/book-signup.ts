import type { AnswerValue } from "../../schema/contracts/questions.js";
import type { ValidSignUp } from "../../schema/contracts/registrations.js";
import { newId } from "../lib/crypto.js";
import { deriveManageToken, hashManageToken } from "../registrations/manage-token.js";
import type { ConfirmationQuota } from "../notifications/confirmation-quota.js";
import type { SignupTarget } from "../registrations/registration-queries.js";
import { visitAnswers, type VisitAnswers } from "../visits/visit-answers.js";
import { partyRefusal } from "./party-refusal.js";
import { bookPlace, type BookingOutcome, type BookingOwner } from "./book-place.js";

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

/** What every sign-up carries, checked first or checked in the batch. */
interface SignUpRequest {
  eventId: string;
  answers: SignUpAnswers;
  idempotencyKeyHash: string;
  requestHash: string;
  /** `in_person` when an organiser records the consent on the person's behalf. */
  consentSource: "online" | "in_person";
  /** The organiser who entered it; null online. */
  createdBy: string | null;
  /** The cap on confirmations to the address today; organisers' entries have none. */
  confirmationQuota?: ConfirmationQuota | null;
  /** Answers to the event's own questions, already checked (`checkQuestionAnswers`). */
  questionAnswers?: Record<string, AnswerValue>;
  now: number;
}

export interface SignUp extends SignUpRequest {
  organisationId: string;
  /** The time being booked, found within the event (`findSignupTarget`). */
  target: SignupTarget & { slotId: string; capacity: number };
}

/** A public sign-up's first try: nothing read before, every check in the batch. */
export interface QuickSignUp extends SignUpRequest {
  organisationSlug: string;
  slotId: string;
  /** The website it came from; null for the worker's own pages. */
  origin: string | null;
}

type Booked = { outcome: BookingOutcome; manageToken: string; registrationId: string };

const emptyToNull = (value: string | null | undefined) => (value ? value : null);

/** The registration a sign-up makes, whoever checked it; `bookPlace` books it in one batch. */
async function book(
  db: D1Database,
  manageSecret: string,
  signUp: SignUpRequest & { owner: BookingOwner; slotId: string; visit: VisitAnswers },
): Promise<Booked> {
  const { answers } = signUp;
  const registrationId = newId("reg");
  const manageToken = await deriveManageToken(manageSecret, registrationId);
  const outcome = await bookPlace(db, {
    registrationId,
    owner: signUp.owner,
    eventId: signUp.eventId,
    slotId: signUp.slotId,
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
    visit: signUp.visit,
    answers: signUp.questionAnswers ?? {},
    now: signUp.now,
    confirmationQuota: signUp.confirmationQuota ?? null,
  });
  return { outcome, manageToken, registrationId };
}

/**
 * The one way a person gets a place: the public sign-up and an organiser's "Add someone" both
 * come here. The party must fit the time (else the refusal is thrown), a visit's own rules are
 * checked (`visitAnswers`), then `bookPlace` books a place or the waitlist in one batch. Returns
 * the outcome and the registration's manage token (derived from its id, never stored).
 */
export function bookSignup(db: D1Database, manageSecret: string, signUp: SignUp): Promise<Booked> {
  const { answers, target } = signUp;
  const refusal = partyRefusal(answers.adults, answers.children, target.capacity);
  if (refusal) throw refusal;
  return book(db, manageSecret, {
    ...signUp,
    owner: { organisationId: signUp.organisationId },
    slotId: target.slotId,
    visit: visitAnswers(target, answers),
  });
}

/**
 * A public sign-up to an ordinary time in one D1 round trip (two when it goes to the waitlist):
 * the organisation, the website, the window and the party are checked by the batch itself.
 * `closed` when any of them fails, or the time is a visit's — then the caller reads why
 * (`bookSignup` after `findSignupTarget`), as for any refusal.
 */
export function bookQuickSignup(
  db: D1Database,
  manageSecret: string,
  signUp: QuickSignUp,
): Promise<Booked> {
  const { answers } = signUp;
  return book(db, manageSecret, {
    ...signUp,
    owner: {
      organisationSlug: signUp.organisationSlug,
      origin: signUp.origin,
      party: answers.adults + answers.children,
    },
    visit: { languages: null, pickupPointId: null, offer: null, wheelchairPlaces: 0 },
  });
}
