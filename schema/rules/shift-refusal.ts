import type { FieldIssue } from "../contracts/errors.js";

/** Why one shift of a volunteer's sign-up was refused, as the message to word (age: its number). */
export type ShiftRefusal =
  | { key: "volunteerNeedAge"; age: number }
  | {
      key:
        | "volunteerNeedDriving"
        | "volunteerNeedFoodHygiene"
        | "volunteerNeedIntroduction"
        | "volunteerErrorShift";
    };

/**
 * The API's code for a refused shift (`shiftIds.N`) as its message: what the shift's role needs,
 * else that it cannot be taken. The widget and the worker's answer to its first screen say the same.
 */
export function shiftRefusal(issue: FieldIssue | undefined): ShiftRefusal {
  switch (issue?.code) {
    case "needs_min_age":
      return { key: "volunteerNeedAge", age: Number(issue.params?.age) };
    case "needs_driving_licence":
      return { key: "volunteerNeedDriving" };
    case "needs_food_hygiene":
      return { key: "volunteerNeedFoodHygiene" };
    case "needs_introduction":
      return { key: "volunteerNeedIntroduction" };
    default:
      return { key: "volunteerErrorShift" };
  }
}
