/** RFC 4180 CSV for spreadsheet programs, safe against formula injection. */

const formulaStart = /^[=+\-@\t\r]/;

/** Quotes when needed and neutralises a cell a spreadsheet would run as a formula. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark, so Excel shows Arabic and Cyrillic correctly; CRLF line ends. */
export function toCsv(rows: (string | number | null)[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
