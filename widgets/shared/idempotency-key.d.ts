/**
 * `crypto.randomUUID` exists only in secure contexts, and host pages are sometimes plain http;
 * `getRandomValues` works everywhere.
 */
export declare function newIdempotencyKey(): string;
