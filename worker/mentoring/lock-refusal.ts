import { ApiError, problem } from "../http/errors.js";

/** A lock the hard rules refuse: 422 on `pair`, the rule named for the dashboard's words. */
export function lockRefusal(rule: string): ApiError {
  const words: Record<string, string> = {
    modes: "These two have no way to meet in common.",
    hours: "These two are not free at the same times often enough.",
    level: "The learner's level is outside this season's range.",
    preference: "One of them asked for a partner the other is not.",
    banned: "You said never to pair these two.",
    capacity: "This mentor has no place left.",
    learner_twice: "This learner is locked with another mentor.",
    unknown_person: "One of these two is not in this season any more.",
  };
  return new ApiError(422, "validation_failed", `This pair breaks a rule: ${words[rule] ?? rule}`, {
    pair: problem("lock_breaks_rule", words[rule] ?? rule, { rule }),
  });
}
