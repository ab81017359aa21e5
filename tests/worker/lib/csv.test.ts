import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../../worker/lib/csv.js";

describe("CSV cells", () => {
  it("leaves plain text alone and writes null as an empty cell", () => {
    expect(csvCell("Amina")).toBe("Amina");
    expect(csvCell(3)).toBe("3");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell("line\r\nbreak")).toBe('"line\r\nbreak"');
  });

  for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
    it(`neutralises a cell starting with ${JSON.stringify(start)}`, () => {
      expect(csvCell(`${start}1+1`).replace(/^"/, "").startsWith("'")).toBe(true);
    });
  }

  it("starts with a byte-order mark and ends every row with CRLF", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["c", null],
      ]),
    ).toBe("\uFEFFa,b\r\nc,\r\n");
  });
});
