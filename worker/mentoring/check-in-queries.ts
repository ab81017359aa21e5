/** The mid-season check-in's reads and its one write (`check-in-routes.ts`). */

export interface CheckInTarget {
  organisationId: string;
  locale: string;
  defaultLocale: string;
  seasonName: string;
  partnerName: string;
  answered: number;
}

/**
 * The person's pair as their check-in link names it, with what the page says: the season, the
 * partner's first name, and whether this person answered already. Null for a pair that is not
 * theirs or a person erased.
 */
export function findCheckInTarget(
  db: D1Database,
  personId: string,
  pairId: string,
): Promise<CheckInTarget | null> {
  return db
    .prepare(
      `SELECT o.id AS organisationId, me.locale, o.default_locale AS defaultLocale, s.name AS seasonName,
                    partner.first_name AS partnerName,
                    EXISTS (SELECT 1 FROM mentoring_check_ins WHERE pair_id = p.id AND person_id = me.id) AS answered
               FROM mentoring_pairs p
               JOIN mentoring_people me ON me.id = ?1 AND (p.mentor_id = me.id OR p.learner_id = me.id)
               JOIN mentoring_people partner ON partner.id = CASE WHEN p.mentor_id = me.id THEN p.learner_id ELSE p.mentor_id END
               JOIN mentoring_seasons s ON s.id = p.season_id
               JOIN organisations o ON o.id = s.organisation_id
              WHERE p.id = ?2 AND me.erased_at IS NULL`,
    )
    .bind(personId, pairId)
    .first<CheckInTarget>();
}

interface CheckInAnswer {
  pairId: string;
  personId: string;
  score: number;
  comment: string | null;
  hoursMet: number | null;
  now: number;
}

/** Saves the answer; one per person and pair (a second changes nothing: `meta.changes` 0). */
export function saveCheckIn(db: D1Database, answer: CheckInAnswer): Promise<D1Result> {
  return db
    .prepare(
      `INSERT INTO mentoring_check_ins (pair_id, person_id, score, comment, hours_met, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING`,
    )
    .bind(answer.pairId, answer.personId, answer.score, answer.comment, answer.hoursMet, answer.now)
    .run();
}
