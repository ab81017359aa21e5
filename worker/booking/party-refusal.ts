import { partyProblem } from "../../schema/rules/party.js";
import { ApiError, problem } from "../http/errors.js";

/**
 * Why a party cannot book a time with `capacity` places in all, as the API says it (the public
 * sign-up and an organiser's "Add someone" alike), or null when it may book.
 */
export function partyRefusal(adults: number, children: number, capacity: number): ApiError | null {
  switch (partyProblem(adults, children, capacity)) {
    case "empty":
      return new ApiError(422, "validation_failed", "Say how many people are coming.", {
        adults: problem("party_empty", "At least one person must come."),
      });
    case "too_large":
      return new ApiError(
        422,
        "party_too_large",
        `This time has ${capacity} places in all, so a group of ${adults + children} does not fit. Choose fewer people or another time.`,
        {
          adults: problem("party_too_large", `At most ${capacity} people in all.`, {
            max: capacity,
          }),
        },
        { capacity },
      );
    default:
      return null;
  }
}
