import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { ApplicationResponse } from "../../../schema/contracts/festivals.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import type { LimiterName } from "../../../worker/http/rate-limit.js";
import { signedLink } from "../../../worker/notifications/signed-links.js";
import { completeApplication, createFestival } from "../festival-helpers.js";
import {
  allowedOrigin,
  createBookableSlot,
  postSignUp,
  registrationsOf,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";
import { createVisit } from "../visit-helpers.js";
import { createShifts, volunteerBody } from "../volunteer-helpers.js";

/** `TINY_RATE_LIMIT` (two a minute per key) in place of one of wrangler.toml's limiters. */
const tiny = (...names: LimiterName[]): Partial<Env> =>
  Object.fromEntries(names.map((name) => [name, env.TINY_RATE_LIMIT]));

let clients = 0;
/** A client of its own, so no test shares a key with another. */
const newClient = () => `198.51.100.${++clients}`;

/**
 * The local limiter's windows turn on the minute: a test that started a moment before the turn
 * would see its count reset halfway. Waits for the new minute instead.
 */
async function awayFromMinuteTurn(): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < 4_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
}

async function expectRateLimited(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get("Retry-After")).toBe("60");
  const { error } = await response.json<ErrorEnvelope>();
  expect(error.code).toBe("rate_limited");
  expect(error.params).toEqual({ retryAfter: 60 });
}

/** Links are opened from an email: past the limit, a page in the person's language, not JSON. */
async function expectRateLimitedPage(response: Response): Promise<void> {
  expect(response.status).toBe(429);
  expect(response.headers.get("Retry-After")).toBe("60");
  expect(response.headers.get("Content-Type")).toContain("text/html");
  expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
  const page = await response.text();
  expect(page).toContain("Too many tries");
  expect(page).toContain("Please wait 1 minute");
}

const count = async (sql: string, ...binds: unknown[]) =>
  (await env.DB.prepare(sql)
    .bind(...binds)
    .first<{ n: number }>())!.n;

function signUp(
  organisationSlug: string,
  eventId: string,
  body: unknown,
  client: string,
  bindings: Partial<Env>,
) {
  return request(
    `/api/v1/orgs/${organisationSlug}/events/${eventId}/registrations`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: allowedOrigin,
        "Idempotency-Key": crypto.randomUUID(),
        "CF-Connecting-IP": client,
      },
      body: JSON.stringify(body),
    },
    bindings,
  );
}

describe("rate limits on public writes", { timeout: 20_000 }, () => {
  it("refuses the third event sign-up a minute from one client with 429 and books nothing", async () => {
    await awayFromMinuteTurn();
    const { organisation, event, slot } = await createBookableSlot();
    const client = newClient();
    const send = (name: string, from = client) =>
      signUp(
        organisation.slug,
        event.id,
        signUpBody(slot.id, { name, email: `${crypto.randomUUID()}@example.org` }),
        from,
        tiny("SIGNUP_RATE_LIMIT"),
      );
    expect((await send("First")).status).toBe(201);
    expect((await send("Second")).status).toBe(201);
    await expectRateLimited(await send("Third"));
    expect((await registrationsOf(slot.id)).map((row) => row.name).sort()).toEqual([
      "First",
      "Second",
    ]);
    expect((await send("Elsewhere", newClient())).status).toBe(201);
  });

  it("limits visit sign-ups the same way", async () => {
    await awayFromMinuteTurn();
    const { organisation, event, visitorSlot, pickups } = await createVisit();
    const client = newClient();
    const send = () =>
      signUp(
        organisation.slug,
        event.id,
        signUpBody(visitorSlot.id, {
          email: `${crypto.randomUUID()}@example.org`,
          languages: ["uk"],
          pickupPointId: pickups[0]!,
        }),
        client,
        tiny("SIGNUP_RATE_LIMIT"),
      );
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(201);
    await expectRateLimited(await send());
    expect(await registrationsOf(visitorSlot.id)).toHaveLength(2);
  });

  it("refuses a third sign-up to one address from any client, however the address is written", async () => {
    await awayFromMinuteTurn();
    const { organisation, event, slot } = await createBookableSlot();
    const local = crypto.randomUUID().slice(0, 8);
    const send = (email: string) =>
      signUp(
        organisation.slug,
        event.id,
        signUpBody(slot.id, { email }),
        newClient(),
        tiny("RECIPIENT_RATE_LIMIT"),
      );
    expect((await send(`${local}@example.org`)).status).toBe(201);
    expect((await send(`${local.toUpperCase()}@Example.org`)).status).toBe(201);
    await expectRateLimited(await send(`${local}+again@example.org`));
    expect(await registrationsOf(slot.id)).toHaveLength(2);
    expect((await send(`other-${local}@example.org`)).status).toBe(201);
  });

  it("limits volunteer sign-ups per organisation and client", async () => {
    await awayFromMinuteTurn();
    const { organisation, morning } = await createShifts();
    const client = newClient();
    const send = () =>
      request(
        `/api/v1/orgs/${organisation.slug}/volunteers`,
        {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Origin: allowedOrigin,
            "Idempotency-Key": crypto.randomUUID(),
            "CF-Connecting-IP": client,
          },
          body: JSON.stringify(
            volunteerBody([morning.id], { email: `${crypto.randomUUID()}@example.org` }),
          ),
        },
        tiny("VOLUNTEER_RATE_LIMIT"),
      );
    const volunteers = () =>
      count(`SELECT COUNT(*) AS n FROM volunteers WHERE organisation_id = ?1`, organisation.id);
    expect((await send()).status).toBe(201);
    expect((await send()).status).toBe(201);
    await expectRateLimited(await send());
    expect(await volunteers()).toBe(2);
    expect(await registrationsOf(morning.id)).toHaveLength(2);
  });

  it("limits cook applications: starting, saving and submitting", async () => {
    await awayFromMinuteTurn();
    const { organisation, event } = await createFestival();
    const client = newClient();
    const applications = () =>
      count(`SELECT COUNT(*) AS n FROM cook_applications WHERE event_id = ?1`, event.id);
    const start = () =>
      request(
        `/api/v1/orgs/${organisation.slug}/festivals/${event.id}/applications`,
        {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Origin: allowedOrigin,
            "CF-Connecting-IP": client,
          },
          body: JSON.stringify(completeApplication()),
        },
        tiny("APPLICATION_RATE_LIMIT"),
      );
    const first = await (await start()).json<ApplicationResponse>();
    expect((await start()).status).toBe(201);
    await expectRateLimited(await start());
    expect(await applications()).toBe(2);

    // Saving and submitting count against the same limit for the organisation and client.
    const as = (path: string, init: RequestInit, from: string) =>
      request(
        `/api/v1/applications/${first.application.id}${path}`,
        {
          ...init,
          headers: {
            Authorization: `Bearer ${tokenOf(first.manageUrl!)}`,
            Origin: allowedOrigin,
            "Content-Type": "application/json",
            "CF-Connecting-IP": from,
          },
        },
        tiny("APPLICATION_RATE_LIMIT"),
      );
    const other = newClient();
    const save = () =>
      as(
        "",
        { method: "PUT", body: JSON.stringify(completeApplication({ cuisine: "New" })) },
        other,
      );
    expect((await save()).status).toBe(200);
    expect((await as("/submit", { method: "POST" }, other)).status).toBe(200);
    await expectRateLimited(await save());
    await expectRateLimited(await as("/submit", { method: "POST" }, other));
  });

  it("refuses a third submitted application to one address, leaving it a draft", async () => {
    await awayFromMinuteTurn();
    const { organisation, event } = await createFestival();
    const email = `${crypto.randomUUID().slice(0, 8)}@example.org`;
    const submit = async () => {
      const started = await (
        await request(`/api/v1/orgs/${organisation.slug}/festivals/${event.id}/applications`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: allowedOrigin },
          body: JSON.stringify(completeApplication({ email })),
        })
      ).json<ApplicationResponse>();
      const response = await request(
        `/api/v1/applications/${started.application.id}/submit`,
        {
          method: "POST",
          headers: {
            Authorization: `Bearer ${tokenOf(started.manageUrl!)}`,
            Origin: allowedOrigin,
            "CF-Connecting-IP": newClient(),
          },
        },
        tiny("RECIPIENT_RATE_LIMIT"),
      );
      return { id: started.application.id, response };
    };
    expect((await submit()).response.status).toBe(200);
    expect((await submit()).response.status).toBe(200);
    const refused = await submit();
    await expectRateLimited(refused.response);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM cook_applications WHERE id = ?1 AND status = 'draft'`,
        refused.id,
      ),
    ).toBe(1);
    expect(
      await count(`SELECT COUNT(*) AS n FROM outbox WHERE application_id = ?1`, refused.id),
    ).toBe(0);
  });

  it("limits the reminder links' confirm and cancel buttons and the feedback form", async () => {
    await awayFromMinuteTurn();
    const { organisation, event, slot } = await createBookableSlot();
    const registrations: string[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
      registrations.push((await response.json<SignUpResponse>()).registration.id);
    }
    const post = async (
      action: "confirm" | "cancel" | "feedback",
      registrationId: string,
      client: string,
    ) => {
      const url = await signedLink("http://localhost", env.MANAGE_TOKEN_SECRET, {
        action,
        registrationId,
        expiresAt: event.startsAt,
      });
      return request(
        new URL(url).pathname,
        {
          method: "POST",
          headers: { "CF-Connecting-IP": client },
          body: new URLSearchParams({ score: "5", comment: "Lovely" }),
        },
        tiny("LINK_RATE_LIMIT"),
      );
    };
    const [a, b, c] = registrations as [string, string, string];
    const rowOf = async (id: string) =>
      (await registrationsOf(slot.id)).find((row) => row.id === id)!;

    const confirming = newClient();
    expect((await post("confirm", a, confirming)).status).toBe(200);
    expect((await post("confirm", b, confirming)).status).toBe(200);
    await expectRateLimitedPage(await post("confirm", c, confirming));
    expect((await rowOf(c)).attendanceConfirmedAt).toBeNull();

    const cancelling = newClient();
    expect((await post("cancel", a, cancelling)).status).toBe(200);
    expect((await post("cancel", b, cancelling)).status).toBe(200);
    await expectRateLimitedPage(await post("cancel", c, cancelling));
    expect((await rowOf(c)).status).toBe("confirmed");

    const answering = newClient();
    expect((await post("feedback", a, answering)).status).toBe(200);
    expect((await post("feedback", b, answering)).status).toBe(200);
    await expectRateLimitedPage(await post("feedback", c, answering));
    expect(
      await count(`SELECT COUNT(*) AS n FROM visit_feedback WHERE registration_id = ?1`, c),
    ).toBe(0);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM visit_feedback WHERE registration_id IN (?1, ?2)`,
        a,
        b,
      ),
    ).toBe(2);
  });
});
