import type { WorkbenchPair, WorkbenchPerson } from "../../schema/contracts/admin/mentoring.js";
import type { FitReason } from "../../schema/rules/mentoring/pair-fit.js";

/** The season's people (not erased), its pairs that are not over, and its bans: one batch. */
export async function readWorkbenchRows(
  db: D1Database,
  seasonId: string,
): Promise<{
  people: WorkbenchPerson[];
  pairs: WorkbenchPair[];
  bans: { mentorId: string; learnerId: string }[];
}> {
  const [people, pairs, bans] = await db.batch([
    db
      .prepare(
        `SELECT id, role, status, first_name AS firstName, locale, languages, level, availability,
                time_zone AS timeZone, modes, region, interests, interests_other AS interestsOther,
                gender, age, wants, capacity, answers
           FROM mentoring_people WHERE season_id = ?1 AND erased_at IS NULL ORDER BY id`,
      )
      .bind(seasonId),
    db
      .prepare(
        `SELECT id, mentor_id AS mentorId, learner_id AS learnerId, state, locked, score, reasons
           FROM mentoring_pairs WHERE season_id = ?1 AND state <> 'ended' ORDER BY mentor_id, learner_id`,
      )
      .bind(seasonId),
    db
      .prepare(
        `SELECT mentor_id AS mentorId, learner_id AS learnerId FROM mentoring_bans WHERE season_id = ?1
          ORDER BY mentor_id, learner_id`,
      )
      .bind(seasonId),
  ]);
  const json = (value: unknown) => JSON.parse(String(value)) as unknown;
  return {
    people: (people?.results ?? []).map((row) => {
      const r = row as Record<string, unknown>;
      const languages = json(r.languages) as { code: string }[];
      const interests = json(r.interests) as string[];
      const other = String(r.interestsOther ?? "").trim();
      return {
        ...(r as unknown as WorkbenchPerson),
        languages: languages.map((language) => language.code),
        availability: json(r.availability) as WorkbenchPerson["availability"],
        modes: json(r.modes) as WorkbenchPerson["modes"],
        interests: other ? [...interests, other] : interests,
        wants: json(r.wants),
        answers: json(r.answers) as WorkbenchPerson["answers"],
      } as WorkbenchPerson & { wants: unknown };
    }),
    pairs: (pairs?.results ?? []).map((row) => {
      const r = row as Record<string, unknown>;
      return {
        ...(r as unknown as WorkbenchPair),
        locked: r.locked === 1,
        reasons: json(r.reasons) as FitReason[],
      };
    }),
    bans: (bans?.results ?? []) as { mentorId: string; learnerId: string }[],
  };
}
