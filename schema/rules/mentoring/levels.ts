/**
 * Levels of the practised language, as the Common European Framework names them. Intake asks
 * people to pick the sentence that fits them (the widgets word each level plainly); matching
 * compares positions in this list.
 */
export const languageLevels = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type LanguageLevel = (typeof languageLevels)[number];

/** 0 for A1 … 5 for C2. */
export const levelRank = (level: LanguageLevel): number => languageLevels.indexOf(level);

/** Whether `level` lies within `range` (both ends included). */
export function levelInRange(
  level: LanguageLevel,
  range: { min: LanguageLevel; max: LanguageLevel },
): boolean {
  const rank = levelRank(level);
  return rank >= levelRank(range.min) && rank <= levelRank(range.max);
}
