import { describe, expect, it } from "vitest";
import { acceptedLanguages, pageLanguage } from "../../../worker/http/reader-language.js";

describe("the reader's language on a page", () => {
  it("reads Accept-Language by weight, dropping refused tags and the wildcard", () => {
    expect(acceptedLanguages("en;q=0.3, fa-AF, de;q=0, ar;q=0.8, *;q=0.1")).toEqual([
      "fa-AF",
      "ar",
      "en",
    ]);
    expect(acceptedLanguages("")).toEqual([]);
    expect(acceptedLanguages(Array.from({ length: 40 }, () => "xx").join(","))).toHaveLength(12);
  });

  it("takes ?lang= first, then the browser, then the organisation, through each chain", () => {
    expect(pageLanguage("prs", "en", "et")).toEqual({ locale: "fa", requested: "fa-AF" });
    expect(pageLanguage("not a tag!", "uk-UA,en;q=0.5", "et").locale).toBe("uk");
    expect(pageLanguage(undefined, "am, xx", "et").locale).toBe("et");
  });
});
