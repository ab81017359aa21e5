import type { AdminSeries, RepeatRule } from "../../schema/contracts/series.js";
import { firstRow } from "../db/first-row.js";

interface SeriesRow {
  id: string;
  rule: string;
  blockSignup: number;
  dates: string;
}

/**
 * A series of the organisation with every date in order (past ones too) and each date's people
 * and places over its attendee times, in one query; null when it is not the organisation's.
 */
export async function findSeries(
  db: D1Database,
  organisationId: string,
  seriesId: string,
): Promise<AdminSeries | null> {
  const row = await firstRow<SeriesRow>(
    db
      .prepare(
        `SELECT s.id, s.rule, s.block_signup AS blockSignup,
                (SELECT json_group_array(json_object(
                    'eventId', d.id, 'startsAt', d.starts_at, 'status', d.status,
                    'taken', (SELECT COALESCE(SUM(taken), 0) FROM slots
                               WHERE event_id = d.id AND audience = 'attendee'),
                    'capacity', (SELECT COALESCE(SUM(capacity), 0) FROM slots
                                  WHERE event_id = d.id AND audience = 'attendee')))
                   FROM (SELECT * FROM events WHERE series_id = s.id ORDER BY starts_at, id) d) AS dates
           FROM event_series s
          WHERE s.id = ?1 AND s.organisation_id = ?2`,
      )
      .bind(seriesId, organisationId),
  );
  if (!row) return null;
  const dates = JSON.parse(row.dates) as (Omit<AdminSeries["dates"][number], "startsAt"> & {
    startsAt: number;
  })[];
  return {
    id: row.id,
    rule: JSON.parse(row.rule) as RepeatRule,
    blockSignup: row.blockSignup === 1,
    dates: dates.map((date) => ({ ...date, startsAt: new Date(date.startsAt).toISOString() })),
  };
}
