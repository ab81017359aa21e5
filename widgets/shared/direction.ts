/*
 * Kept here rather than imported from the contracts: that module pulls in valibot,
 * which must not reach the widget bundle.
 */
const rightToLeft = new Set(["ar", "fa", "prs", "ps", "ckb", "he", "ur", "yi", "dv"]);

export function directionOf(locale: string): "ltr" | "rtl" {
  return rightToLeft.has(locale.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";
}
