import type { ValidSignUp } from "../../schema/contracts/registrations.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import type { SignupTarget } from "../registrations/registration-queries.js";

/** What a visit sign-up adds to a registration; all empty for an ordinary event. */
export interface VisitAnswers {
  languages: string[] | null;
  pickupPointId: string | null;
  offer: string | null;
  wheelchairPlaces: number;
}

type Answers = Pick<
  ValidSignUp,
  "languages" | "pickupPointId" | "offer" | "wheelchairPlaces" | "adults" | "children"
>;

/**
 * The rules of each kind of visit place: visitor groups choose a pick-up point on the visit
 * (when it has any) and cannot need more wheelchair places than they are people; hosts say what
 * they offer; interpreters name at least one language. 422 with the field named otherwise.
 */
export function visitAnswers(target: SignupTarget, body: Answers): VisitAnswers {
  const fields: FieldProblems = {};
  const party = body.adults + (body.children ?? 0);
  const answers: VisitAnswers = {
    languages: null,
    pickupPointId: null,
    offer: null,
    wheelchairPlaces: 0,
  };
  switch (target.audience) {
    case "visitor":
      if (target.pickupPoints > 0) {
        if (!body.pickupPointId)
          fields.pickupPointId = problem(
            "pickup_required",
            "Choose where the group gets on the bus.",
          );
        else if (!target.pickupPointFound)
          fields.pickupPointId = problem(
            "invalid_choice",
            "This pick-up point is not on this visit. Choose one from the list.",
          );
      }
      if ((body.wheelchairPlaces ?? 0) > party) {
        fields.wheelchairPlaces = problem(
          "wheelchair_too_many",
          `At most ${party}: the number of people in the group.`,
          { max: party },
        );
      }
      answers.languages = body.languages?.length ? body.languages : null;
      answers.pickupPointId = body.pickupPointId ?? null;
      answers.wheelchairPlaces = body.wheelchairPlaces ?? 0;
      break;
    case "host":
      if (!body.offer)
        fields.offer = problem("offer_required", "Say what you will show or offer the group.");
      answers.offer = body.offer ?? null;
      break;
    case "interpreter":
      if (!body.languages?.length)
        fields.languages = problem(
          "languages_required",
          "Choose at least one language you interpret.",
        );
      answers.languages = body.languages ?? null;
      break;
    default:
      break;
  }
  if (Object.keys(fields).length > 0) {
    throw new ApiError(
      422,
      "validation_failed",
      "Some answers need a fix. See the fields listed.",
      fields,
    );
  }
  return answers;
}
