/**
 * True only when A and B are the same type: the compiler's own identity check, stricter than
 * "each is assignable to the other" (which lets an optional key go missing on one side).
 */
export type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** A type that compiles only when `T` is `true`: `Expect<Same<Schema, Contract>>`. */
export type Expect<T extends true> = T;
