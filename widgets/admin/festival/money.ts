import { toLatinDigits } from "../../../i18n/digits.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

/** "12.40" or "12,40" → 1240; null when it is not an amount. */
export function parseAmount(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(toLatinDigits(text.trim()));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** Cents as an amount with two decimals; no currency: the ledger is a record, not a shop. */
export function formatCents(cents: number, localize: AdminLocalizeController): string {
  return new Intl.NumberFormat(localize.locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}
