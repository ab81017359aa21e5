import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { multiLineText, singleLineText, webUrl } from "../../../schema/contracts/text-fields.js";
import {
  hasForbiddenCharacters,
  isBlank,
  isWebUrl,
  withoutBidiControls,
} from "../../../schema/contracts/text-rules.js";

const issueTypes = (schema: v.GenericSchema, input: unknown) =>
  v.safeParse(schema, input).issues?.map((issue) => issue.type) ?? [];

describe("text rules", () => {
  const refusedEverywhere: [string, string][] = [
    ["a NUL", "\u0000"],
    ["a bell inside a word", "Am\u0007ina"],
    ["an escape sequence", "\u001b[31mred"],
    ["DEL", "Amina\u007f"],
    ["a C1 control (NEL)", "Amina\u0085"],
    ["a lone high surrogate", "Am\uD83Dina"],
    ["a lone low surrogate", "\uDE00Amina"],
    ["a swapped pair", "\uDE00\uD83D"],
  ];
  for (const [name, text] of refusedEverywhere) {
    it(`refuses ${name} on one line and in a text box`, () => {
      expect(hasForbiddenCharacters(text, "single-line")).toBe(true);
      expect(hasForbiddenCharacters(text, "multi-line")).toBe(true);
    });
  }

  it("allows line breaks and tabs in a text box only", () => {
    for (const text of ["one\ntwo", "one\r\ntwo", "a\tb", "one\u2028two"]) {
      expect(hasForbiddenCharacters(text, "single-line")).toBe(true);
      expect(hasForbiddenCharacters(text, "multi-line")).toBe(false);
    }
  });

  it("accepts the scripts, marks and emoji people write names in", () => {
    for (const text of ["Amina", "أمينة", "Олена Ковальчук", "محمد\u200f", "Zoë 😀", "👩🏽‍🍳", "𝒜"]) {
      expect(hasForbiddenCharacters(text, "single-line")).toBe(false);
    }
  });

  it("removes direction embeddings, overrides and isolates but keeps the marks", () => {
    expect(withoutBidiControls("\u202eanimA\u202c")).toBe("animA");
    expect(withoutBidiControls("\u202a\u202b\u202d x \u2066\u2067\u2068\u2069")).toBe(" x ");
    expect(withoutBidiControls("محمد\u200f\u200e\u061c")).toBe("محمد\u200f\u200e\u061c");
  });

  it("finds a text that is only spaces", () => {
    expect(isBlank(" ".repeat(12))).toBe(true);
    expect(isBlank("\t\n\u3000\u00a0")).toBe(true);
    expect(isBlank("  a  ")).toBe(false);
  });

  it("takes http and https addresses only", () => {
    for (const url of ["https://meet.example.org/room?x=1", "http://localhost:8787/a"]) {
      expect(isWebUrl(url)).toBe(true);
    }
    for (const url of [
      "javascript:alert(1)",
      "JavaScript:alert(document.domain)",
      "java\tscript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "file:///etc/passwd",
      "ftp://example.org",
      "//example.org",
      "example.org",
      "https://exa mple.org",
      "https://example.org/\nBCC: someone",
      "",
    ]) {
      expect(isWebUrl(url), url).toBe(false);
    }
  });
});

describe("text schemas", () => {
  it("strips direction controls from one line, then trims", () => {
    expect(v.parse(singleLineText(80), " \u202eanimA\u202c ")).toBe("animA");
  });

  it("keeps direction controls in a text box", () => {
    expect(v.parse(multiLineText(500), "a \u2067ب\u2069\nb")).toBe("a \u2067ب\u2069\nb");
  });

  it("refuses controls with their own issue type, so the field gets its own code", () => {
    expect(issueTypes(singleLineText(80), "\u0000")).toEqual(["control_characters"]);
    expect(issueTypes(singleLineText(80), "two\nlines")).toEqual(["control_characters"]);
    expect(issueTypes(multiLineText(500), "two\nlines")).toEqual([]);
    expect(issueTypes(multiLineText(500), "x\uD800")).toEqual(["control_characters"]);
  });

  it("refuses an empty required line once bidi controls and spaces are gone", () => {
    expect(issueTypes(singleLineText(80, "Write a name."), " \u202e ")).toEqual(["non_empty"]);
    expect(issueTypes(singleLineText(80), " \u202e ")).toEqual([]);
  });

  it("counts the length after trimming", () => {
    expect(issueTypes(singleLineText(5), "  abcde  ")).toEqual([]);
    expect(issueTypes(singleLineText(5), "abcdef")).toEqual(["max_length"]);
  });

  it("refuses a javascript: URL as a url issue", () => {
    expect(issueTypes(webUrl(), "javascript:alert(1)")).toEqual(["url"]);
    expect(v.parse(webUrl(), " https://example.org/x ")).toBe("https://example.org/x");
  });
});
