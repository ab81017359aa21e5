import { commonPasswords } from "./common-passwords.js";

/**
 * PBKDF2-SHA256 through WebCrypto. 100000 iterations is the most workerd accepts (it throws
 * NotSupportedError above), so that is what every hash uses.
 */
export const pbkdf2Iterations = 100_000;
const saltBytes = 16;
const hashBytes = 32;
const scheme = "pbkdf2-sha256";

const encoder = new TextEncoder();

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (character) => character.charCodeAt(0));
  } catch {
    return null;
  }
}

async function derive(password: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, [
    "deriveBits",
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    key,
    hashBytes * 8,
  );
  return new Uint8Array(bits);
}

/** `pbkdf2-sha256$100000$<salt base64>$<hash base64>` */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(saltBytes));
  const hash = await derive(password, salt, pbkdf2Iterations);
  return `${scheme}$${pbkdf2Iterations}$${toBase64(salt)}$${toBase64(hash)}`;
}

/**
 * Checked against when there is no account, or its stored hash is unusable, so an unknown email
 * costs the same work as a wrong password. It matches no password anyone can type.
 */
const dummyHash = `${scheme}$${pbkdf2Iterations}$AAAAAAAAAAAAAAAAAAAAAA==$${toBase64(new Uint8Array(hashBytes))}`;

interface ParsedHash {
  iterations: number;
  salt: Uint8Array;
  hash: Uint8Array;
}

function parseHash(stored: string): ParsedHash | null {
  const [name, iterations, salt, hash, ...rest] = stored.split("$");
  if (name !== scheme || rest.length > 0 || !iterations || !salt || !hash) return null;
  const count = Number(iterations);
  const saltBytesParsed = fromBase64(salt);
  const hashBytesParsed = fromBase64(hash);
  if (!Number.isInteger(count) || count < 1 || count > pbkdf2Iterations) return null;
  if (!saltBytesParsed || hashBytesParsed?.length !== hashBytes) return null;
  return { iterations: count, salt: saltBytesParsed, hash: hashBytesParsed };
}

function constantTimeEqualBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

/**
 * True when `password` matches `stored`. Pass `null` for an account that does not exist: the
 * same key derivation still runs, and the answer is false.
 */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parsed = stored === null ? null : parseHash(stored);
  const target = parsed ?? parseHash(dummyHash)!;
  const derived = await derive(password, target.salt, target.iterations);
  return constantTimeEqualBytes(derived, target.hash) && parsed !== null;
}

/**
 * Why a new password (already at least 12 characters, per the contract) is refused, in plain
 * words, or null when it is fine.
 */
export function passwordProblem(password: string, email: string): string | null {
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) {
    return "This password is too common. Choose something harder to guess, such as a few unrelated words.";
  }
  const localPart = email.split("@")[0]?.toLowerCase() ?? "";
  if (localPart.length >= 3 && lower.includes(localPart)) {
    return "Do not use your email address in your password.";
  }
  return null;
}
