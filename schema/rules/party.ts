/** The most adults, or children, one sign-up may bring. */
export const maxPartyMembers = 50;

/**
 * What is wrong with a party for a time with `capacity` places in all: nobody is coming, or more
 * people than the time has places (the waitlist cannot help them either). Null when it may book.
 */
export function partyProblem(
  adults: number,
  children: number,
  capacity: number | null,
): "empty" | "too_large" | null {
  const party = adults + children;
  if (party < 1) return "empty";
  if (capacity !== null && party > capacity) return "too_large";
  return null;
}
