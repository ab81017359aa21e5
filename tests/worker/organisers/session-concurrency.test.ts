import { describe, expect, it } from "vitest";
import { accountPolicy, clientPolicy } from "../../../worker/organisers/throttle.js";
import { adminRequest, createAccount, signIn } from "../account-helpers.js";

const wrongPassword = (index: number) => `wrong password number ${index}`;
/** Every answer other than 429 is a password that was checked (401 wrong, 200 right). */
const checked = (responses: Response[]) => responses.filter((response) => response.status !== 429);
const uniqueIp = () => `test-${crypto.randomUUID()}`;

describe("sign-in throttling under concurrent guesses", () => {
  it("checks at most 5 passwords of one account when 20 wrong ones arrive at once", async () => {
    const account = await createAccount();
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        signIn(account.email, wrongPassword(index), { "CF-Connecting-IP": uniqueIp() }),
      ),
    );

    expect(checked(responses)).toHaveLength(accountPolicy.limit);
    expect(checked(responses).every((response) => response.status === 401)).toBe(true);
    const refused = responses.find((response) => response.status === 429)!;
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(14 * 60);
    expect((await signIn(account.email, account.password)).status).toBe(429);
  });

  it("checks at most 20 passwords of one client guessing 40 accounts at once", async () => {
    const ip = uniqueIp();
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        signIn(`guess-${index}-${crypto.randomUUID()}@example.org`, wrongPassword(index), {
          "CF-Connecting-IP": ip,
        }),
      ),
    );

    expect(checked(responses)).toHaveLength(clientPolicy.limit);
  });

  it("does not sign in with the right password sent behind a burst of wrong ones", async () => {
    const account = await createAccount();
    for (let attempt = 0; attempt < accountPolicy.limit - 1; attempt++) {
      expect((await signIn(account.email, wrongPassword(attempt))).status).toBe(401);
    }
    const burst = Array.from({ length: 19 }, (_, index) =>
      signIn(account.email, wrongPassword(index), { "CF-Connecting-IP": uniqueIp() }),
    );
    const right = signIn(account.email, account.password, { "CF-Connecting-IP": uniqueIp() });
    const responses = await Promise.all([...burst, right]);

    // One attempt was left: the burst took it, and the right password came too late.
    expect(checked(responses)).toHaveLength(1);
    expect((await right).status).toBe(429);
    expect((await right).headers.get("Set-Cookie")).toBeNull();
  });

  it("checks at most 5 current passwords when a session sends 20 wrong ones at once", async () => {
    const account = await createAccount();
    const cookie = (await signIn(account.email, account.password)).headers
      .get("Set-Cookie")!
      .split(";")[0]!;
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        adminRequest("/api/v1/admin/password", {
          method: "POST",
          cookie,
          json: { currentPassword: wrongPassword(index), newPassword: "a new long passphrase 7" },
          headers: { "CF-Connecting-IP": uniqueIp() },
        }),
      ),
    );

    expect(checked(responses)).toHaveLength(accountPolicy.limit);
  });

  it("does not count a right password against the account or the client", async () => {
    const account = await createAccount();
    const ip = uniqueIp();
    for (let round = 0; round < 5; round++) {
      const responses = await Promise.all(
        Array.from({ length: accountPolicy.limit }, () =>
          signIn(account.email, account.password, { "CF-Connecting-IP": ip }),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual(
        Array.from({ length: accountPolicy.limit }, () => 200),
      );
    }
  });
});
