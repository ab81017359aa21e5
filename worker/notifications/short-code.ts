/** No 0/O, 1/I/L: easy to read aloud and to type at the door. */
const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** Six characters, about 30 bits: unique per event, checked by a unique index. */
export function newShortCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}
