/**
 * `crypto.randomUUID` exists only in secure contexts, and host pages are sometimes plain http;
 * `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function" && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * One key per set of answers: a retry of the same answers reuses the key, so a lost response never
 * books twice, while changed answers are a new request with a new key.
 */
export class AnswerKeys {
  private last: { answers: string; key: string } | undefined;

  keyFor(answers: unknown): string {
    const json = JSON.stringify(answers);
    if (this.last?.answers !== json) this.last = { answers: json, key: newIdempotencyKey() };
    return this.last.key;
  }
}
