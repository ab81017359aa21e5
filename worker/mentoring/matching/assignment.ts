/**
 * The assignment problem: given a cost for every (row, column), give each row a different column
 * so that the total cost is least. Kuhn–Munkres with potentials in its shortest-augmenting-path
 * form (O(rows² × columns)), on a dense matrix in one Float64Array — no allocation per step,
 * which is what keeps 1,000 × 2,000 within a few seconds in a Worker.
 *
 * Needs rows ≤ columns. Deterministic: ties go to the lowest column index.
 */
export function solveAssignment(cost: Float64Array, rows: number, columns: number): Int32Array {
  if (rows > columns) throw new Error("solveAssignment needs rows ≤ columns");
  // 1-based, as in the textbook statement: index 0 is the virtual start.
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(columns + 1);
  const rowOfColumn = new Int32Array(columns + 1);
  const way = new Int32Array(columns + 1);
  const minimum = new Float64Array(columns + 1);
  const used = new Uint8Array(columns + 1);

  for (let row = 1; row <= rows; row++) {
    rowOfColumn[0] = row;
    let column0 = 0;
    minimum.fill(Infinity);
    used.fill(0);
    do {
      used[column0] = 1;
      const row0 = rowOfColumn[column0]!;
      const rowBase = (row0 - 1) * columns - 1;
      const u0 = u[row0]!;
      let delta = Infinity;
      let column1 = 0;
      for (let column = 1; column <= columns; column++) {
        if (used[column]) continue;
        const reduced = cost[rowBase + column]! - u0 - v[column]!;
        if (reduced < minimum[column]!) {
          minimum[column] = reduced;
          way[column] = column0;
        }
        if (minimum[column]! < delta) {
          delta = minimum[column]!;
          column1 = column;
        }
      }
      for (let column = 0; column <= columns; column++) {
        if (used[column]) {
          u[rowOfColumn[column]!]! += delta;
          v[column]! -= delta;
        } else {
          minimum[column]! -= delta;
        }
      }
      column0 = column1;
    } while (rowOfColumn[column0] !== 0);
    do {
      const column1 = way[column0]!;
      rowOfColumn[column0] = rowOfColumn[column1]!;
      column0 = column1;
    } while (column0 !== 0);
  }

  const columnOfRow = new Int32Array(rows).fill(-1);
  for (let column = 1; column <= columns; column++) {
    const row = rowOfColumn[column]!;
    if (row > 0) columnOfRow[row - 1] = column - 1;
  }
  return columnOfRow;
}
