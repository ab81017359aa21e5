/**
 * Numbers the dates of a series by start (then id), as `events.series_position` keeps them: run
 * in the batch of any write that moves a date, so reads never count the series.
 */
export function renumberSeriesDates(db: D1Database, seriesId: string): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE events SET series_position = (
         SELECT count(*) FROM events d
          WHERE d.series_id = ?1
            AND (d.starts_at < events.starts_at OR (d.starts_at = events.starts_at AND d.id <= events.id)))
        WHERE series_id = ?1`,
    )
    .bind(seriesId);
}
