/**
 * `first()` without losing D1's `meta`: `all()` reports rows read, which the benchmarks count
 * (see http/d1-metrics.ts). The statements it runs select one row at most.
 */
export async function firstRow<Row>(statement: D1PreparedStatement): Promise<Row | null> {
  const { results } = await statement.all<Row>();
  return results[0] ?? null;
}
