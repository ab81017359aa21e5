/** The sign-up window of an event, in code and in SQL: the one rule, written twice side by side. */

interface SignupWindow {
  status: string;
  startsAt: number;
  signupOpensAt: number | null;
  signupClosesAt: number | null;
}

/** Published, past its opening (if it has one) and before its closing (else its start). */
export function isSignupOpen(event: SignupWindow, now: number): boolean {
  return (
    event.status === "published" &&
    (event.signupOpensAt === null || now >= event.signupOpensAt) &&
    now < (event.signupClosesAt ?? event.startsAt)
  );
}

/** `isSignupOpen` as a SQL condition on the events row `alias`, with `now` a parameter (`?15`). */
export function signupOpenSql(alias: string, now: string): string {
  return `(${alias}.status = 'published'
     AND (${alias}.signup_opens_at IS NULL OR ${now} >= ${alias}.signup_opens_at)
     AND ${now} < COALESCE(${alias}.signup_closes_at, ${alias}.starts_at))`;
}
