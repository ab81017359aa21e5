/** RFC 4180 CSV for spreadsheet programs, safe against formula injection. */

const formulaStart = /^[=+\-@\t\r]/;

/** Quotes when needed and neutralises a cell a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A file starts with a byte-order mark, so Excel shows Arabic and Cyrillic correctly. */
export const csvStart = "\uFEFF";

/** Rows as CSV lines, each ended by CRLF: a file is `csvStart` and its rows, in any pieces. */
export function csvRows(rows: (string | number | null)[][]): string {
  return rows.map((row) => row.map(csvCell).join(",") + "\r\n").join("");
}

/** A whole file in one string: UTF-8 with a byte-order mark, CRLF line ends. */
export function toCsv(rows: (string | number | null)[][]): string {
  return csvStart + csvRows(rows);
}
