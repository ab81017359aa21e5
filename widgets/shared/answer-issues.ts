/** Where a form's answer went wrong: the contract's field path and the kind of problem. */
export interface AnswerIssue {
  /** As the API names fields: `adults`, `needs.dietary`, `dishes.0.name`. */
  path: string;
  /** Valibot's issue type (`max_length`, `email`, `regex` …); empty for the server's. */
  type: string;
}

/** The fields the server refused, by path (the form words each one itself). */
export function serverIssues(fields: Readonly<Record<string, string>>): AnswerIssue[] {
  return Object.keys(fields).map((path) => ({ path, type: "" }));
}

/**
 * Issues as a form's fields and the words it shows (keys of its catalogue): each known path has
 * its field's own words, except a text that is too long, which says so.
 */
export function wordIssues<Field extends string, Key extends string>(
  issues: readonly AnswerIssue[],
  known: Readonly<Record<string, readonly [Field, Key]>>,
  tooLong: Key,
): Partial<Record<Field, Key>> {
  const errors: Partial<Record<Field, Key>> = {};
  for (const { path, type } of issues) {
    const entry = known[path];
    if (!entry || errors[entry[0]]) continue;
    errors[entry[0]] = type === "max_length" ? tooLong : entry[1];
  }
  return errors;
}
