import type { PublicRole, Requirement } from "../contracts/volunteers.js";

/** The sentence for each requirement a role can have; "min_age" names the age. */
const requirementKeys = {
  food_hygiene: "volunteerNeedFoodHygiene",
  driving_licence: "volunteerNeedDriving",
  introduction: "volunteerNeedIntroduction",
  min_age: "volunteerNeedAge",
} as const satisfies Record<Requirement, `volunteerNeed${string}`>;

export type RequirementMessage =
  | { key: Exclude<(typeof requirementKeys)[keyof typeof requirementKeys], "volunteerNeedAge"> }
  | { key: "volunteerNeedAge"; age: number };

/**
 * What a role asks of a volunteer, as messages to word (18 when a minimum age has no number):
 * the widget's picker and the worker's first screen of it say the same.
 */
export const requirementMessages = (
  role: Pick<PublicRole, "requirements" | "minimumAge">,
): RequirementMessage[] =>
  role.requirements.map((requirement) =>
    requirement === "min_age"
      ? { key: "volunteerNeedAge", age: role.minimumAge ?? 18 }
      : { key: requirementKeys[requirement] },
  );
