/**
 * Digits as people type them on Arabic, Persian, Pashto and Kurdish keyboards (٠١٢… and ۰۱۲…),
 * and the Arabic decimal separator, turned into the ASCII digits the rules and the database use.
 * Without it a phone number typed on a Persian keyboard is refused as "not a number".
 */
export function toLatinDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ".");
}
