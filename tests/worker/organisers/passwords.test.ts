import { describe, expect, it } from "vitest";
import { commonPasswords } from "../../../worker/organisers/common-passwords.js";
import {
  hashPassword,
  passwordProblem,
  pbkdf2Iterations,
  verifyPassword,
} from "../../../worker/organisers/passwords.js";

describe("hashPassword / verifyPassword", () => {
  it("stores pbkdf2-sha256 with 100000 iterations, a 16-byte salt and a 32-byte hash", async () => {
    const stored = await hashPassword("correct blue lantern river");
    const [scheme, iterations, salt, hash] = stored.split("$");
    expect(scheme).toBe("pbkdf2-sha256");
    expect(iterations).toBe("100000");
    expect(atob(salt!)).toHaveLength(16);
    expect(atob(hash!)).toHaveLength(32);
  });

  it("salts every hash, and verifies only the right password", async () => {
    const first = await hashPassword("correct blue lantern river");
    const second = await hashPassword("correct blue lantern river");
    expect(first).not.toBe(second);
    expect(await verifyPassword("correct blue lantern river", first)).toBe(true);
    expect(await verifyPassword("correct blue lantern river", second)).toBe(true);
    expect(await verifyPassword("correct blue lantern rivers", first)).toBe(false);
    expect(await verifyPassword("", first)).toBe(false);
  });

  it("verifies a hash made elsewhere in the same format (the create-owner script and the seed)", async () => {
    // Made with node:crypto pbkdf2Sync("demo-organiser-2026", salt "hearth-demo-salt", 100000, 32, "sha256").
    const stored =
      "pbkdf2-sha256$100000$aGVhcnRoLWRlbW8tc2FsdA==$DQcegSdvIZJ5u2sWTPnVsRAoGIaaksLdO0X3MBcDCRg=";
    expect(await verifyPassword("demo-organiser-2026", stored)).toBe(true);
    expect(await verifyPassword("demo-organiser-2027", stored)).toBe(false);
  });

  it("answers false, after the same work, for no account or an unusable stored hash", async () => {
    expect(await verifyPassword("anything at all", null)).toBe(false);
    expect(await verifyPassword("anything at all", "not-a-usable-hash")).toBe(false);
    expect(await verifyPassword("anything at all", "pbkdf2-sha256$999999999$AAAA$AAAA")).toBe(
      false,
    );
  });

  // Production Workers refuse PBKDF2 above 100000 iterations (NotSupportedError); the open-source
  // workerd under `wrangler dev` and these tests leaves that limit unimplemented (checked: 1000000
  // succeeds here), so the ceiling is held by our own code instead.
  it("hashes at the production ceiling and refuses a stored hash above it", async () => {
    expect(pbkdf2Iterations).toBe(100_000);
    const [, iterations, salt, hash] = (await hashPassword("correct blue lantern river")).split(
      "$",
    );
    expect(Number(iterations)).toBe(pbkdf2Iterations);
    const key = await crypto.subtle.importKey(
      "raw",
      new TextEncoder().encode("correct blue lantern river"),
      "PBKDF2",
      false,
      ["deriveBits"],
    );
    const saltBytes = Uint8Array.from(atob(salt!), (character) => character.charCodeAt(0));
    const above = new Uint8Array(
      await crypto.subtle.deriveBits(
        { name: "PBKDF2", hash: "SHA-256", salt: saltBytes, iterations: pbkdf2Iterations + 1 },
        key,
        256,
      ),
    );
    const aboveHash = btoa(String.fromCharCode(...above));
    expect(aboveHash).not.toBe(hash);
    expect(
      await verifyPassword(
        "correct blue lantern river",
        `pbkdf2-sha256$${pbkdf2Iterations + 1}$${salt}$${aboveHash}`,
      ),
    ).toBe(false);
  });
});

describe("passwordProblem", () => {
  it("accepts a long, uncommon password", () => {
    expect(passwordProblem("seven quiet harbour lamps", "nadia@example.org")).toBeNull();
  });

  it.each(["password1234", "PASSWORD1234", "123456789012", "QwertyUiop12", "iloveyou1234"])(
    "refuses the common password %s, whatever its case",
    (password) => {
      expect(passwordProblem(password, "nadia@example.org")).toMatch(/too common/);
    },
  );

  it("refuses a password that contains the email's local part", () => {
    expect(passwordProblem("my-Nadia.Karimi-2026", "nadia.karimi@example.org")).toMatch(
      /email address/,
    );
  });

  it("keeps a list of about a hundred entries, each at least 12 characters and lower-case", () => {
    expect(commonPasswords.size).toBeGreaterThanOrEqual(90);
    for (const password of commonPasswords) {
      expect(password.length, password).toBeGreaterThanOrEqual(12);
      expect(password, password).toBe(password.toLowerCase());
    }
  });
});
