const minute = 60_000;

/** A shift's times, in milliseconds since the epoch. */
export interface ShiftSpan {
  startsAt: number;
  endsAt: number;
}

/**
 * Two shifts clash when they overlap by more than the organisation's grace period: a few minutes
 * of overlap are allowed for the handover, and back-to-back shifts are fine. The worker refuses a
 * clash; the volunteer widget warns before sending, by the same rule.
 */
export function shiftsOverlap(a: ShiftSpan, b: ShiftSpan, graceMinutes: number): boolean {
  const grace = graceMinutes * minute;
  return a.startsAt < b.endsAt - grace && b.startsAt < a.endsAt - grace;
}
