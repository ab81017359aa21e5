import type * as v from "valibot";
import type { applicationInputSchema } from "../../schema/contracts/festivals.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import type { ApplicationRow } from "./application-queries.js";

export type ValidApplication = v.InferOutput<typeof applicationInputSchema>;

/** Cooks can apply and edit until the deadline (or the festival's start), and until a decision. */
export function applicationsOpen(
  festival: { status: string; startsAt: number; cookDeadline: number | null },
  now: number,
) {
  return festival.status === "published" && now < (festival.cookDeadline ?? festival.startsAt);
}

export function isEditable(application: ApplicationRow, now: number): boolean {
  return (
    (application.status === "draft" || application.status === "submitted") &&
    application.erasedAt === null &&
    applicationsOpen(application.festival, now)
  );
}

export const closedForChanges = () =>
  new ApiError(
    409,
    "signup_closed",
    "This application can no longer be changed: the deadline has passed or the organisers have decided.",
  );

/**
 * What must be there before an application can be submitted, by field, so the form can send the
 * cook back to the right step: a contact, at least one dish, a price (or free) and an allergen
 * answer per dish, and the hygiene training (with its expiry date when it is done).
 */
export function assertComplete(application: ApplicationRow): void {
  const fields: FieldProblems = {};
  if (!application.email && !application.phone)
    fields.contact = problem(
      "contact_required",
      "Give a phone number or an email, so we can reach you.",
    );
  if (application.dishes.length === 0)
    fields.dishes = problem("dishes_required", "Add at least one dish.");
  application.dishes.forEach((dish, index) => {
    if (!dish.free && dish.priceCents === null) {
      fields[`dishes.${index}.priceCents`] = problem(
        "price_required",
        "Give a price, or choose free / donation.",
      );
    }
    if (dish.allergens.length === 0 && !dish.allergensNone) {
      fields[`dishes.${index}.allergens`] = problem(
        "allergens_required",
        "Tick the allergens in this dish, or choose “None of these”.",
      );
    }
  });
  if (application.hygiene === null)
    fields.hygiene = problem("hygiene_required", "Tell us about your food-hygiene training.");
  if (application.hygiene === "done" && application.hygieneExpiresAt === null) {
    fields.hygieneExpiresOn = problem(
      "hygiene_expiry_required",
      "Give the date your certificate expires.",
    );
  }
  if (Object.keys(fields).length > 0) {
    throw new ApiError(
      422,
      "validation_failed",
      "The application is not complete yet. See the fields listed.",
      fields,
    );
  }
}

/** An allergen answer that contradicts itself is refused while saving, not only at submit. */
export function assertConsistentDishes(input: ValidApplication): void {
  const fields: FieldProblems = {};
  input.dishes.forEach((dish, index) => {
    if (dish.allergensNone && dish.allergens.length > 0) {
      fields[`dishes.${index}.allergens`] = problem(
        "allergens_contradict",
        "Choose allergens or “None of these”, not both.",
      );
    }
  });
  if (Object.keys(fields).length > 0) {
    throw new ApiError(
      422,
      "validation_failed",
      "Some answers need a fix. See the fields listed.",
      fields,
    );
  }
}
