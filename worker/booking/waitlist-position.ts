/**
 * A registration's place on its slot's waitlist (1-based; NULL unless waitlisted), as SQL for a
 * row aliased `r`: those waiting on the slot who came before it, in the order promotions follow
 * (sign-up time, then row order). For one row at a time; a whole roster numbers its waitlist with
 * one window (`registrations/roster-queries.ts`).
 */
export const waitlistPosition = `CASE WHEN r.status = 'waitlisted' THEN
    (SELECT COUNT(*) FROM registrations w
      WHERE w.slot_id = r.slot_id AND w.status = 'waitlisted'
        AND (w.created_at, w.rowid) <= (r.created_at, r.rowid))
  END`;
