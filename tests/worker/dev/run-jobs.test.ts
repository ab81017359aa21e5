import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { parseDateTime } from "../../../worker/dev/run-jobs-routes.js";
import {
  createEvent,
  createOrganisation,
  createSlot,
  day,
  postSignUp,
  request,
  signUpBody,
} from "../helpers.js";

const origin = "http://localhost";

/** `POST /dev/run-jobs` from the page's own origin, with `at` as a form field (or none). */
function runJobs(at: string | null, bindings: Partial<Env> = {}) {
  return request(
    "/dev/run-jobs",
    {
      method: "POST",
      headers: { Origin: origin },
      ...(at === null ? {} : { body: new URLSearchParams({ at }) }),
    },
    bindings,
  );
}

function runJobsWithQuery(at: string) {
  return request(`/dev/run-jobs?at=${encodeURIComponent(at)}`, {
    method: "POST",
    headers: { Origin: origin },
  });
}

/** An event in three days whose reminder is due a day before it, and one person signed up. */
async function eventWithSignUp() {
  const organisation = await createOrganisation();
  const startsAt = Date.now() + 3 * day;
  const event = await createEvent(organisation.id, { startsAt, endsAt: startsAt + 2 * 3_600_000 });
  const slot = await createSlot(event);
  const email = `run-jobs-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const signedUp = await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { email }));
  expect(signedUp.status).toBe(201);
  const reminderAt = startsAt - day;
  await env.DB.prepare(`UPDATE events SET reminder_at = ?1 WHERE id = ?2`)
    .bind(reminderAt, event.id)
    .run();
  return { organisation, event, email, reminderAt };
}

async function subjectsTo(email: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT subject FROM dev_mailbox WHERE recipient LIKE ?1 ORDER BY created_at, rowid`,
  )
    .bind(`%${email}%`)
    .all<{ subject: string }>();
  return results.map((row) => row.subject);
}

describe("running the scheduled jobs as of a chosen time (development only)", () => {
  it("does not exist unless HEARTH_ENV is development, and runs nothing", async () => {
    const { email, reminderAt } = await eventWithSignUp();
    const at = new Date(reminderAt + 60_000).toISOString();
    for (const HEARTH_ENV of [undefined, "production", ""]) {
      const page = await request("/dev/run-jobs", {}, { HEARTH_ENV });
      expect(page.status).toBe(404);
      expect(await page.json()).toEqual({
        error: { code: "not_found", message: "There is nothing at this address." },
      });
      expect((await runJobs(at, { HEARTH_ENV })).status).toBe(404);
      expect((await runJobs(null, { HEARTH_ENV })).status).toBe(404);
    }
    expect(await subjectsTo(email)).toEqual([]);
  });

  it("refuses a post from another website, or without an Origin", async () => {
    const { email, reminderAt } = await eventWithSignUp();
    const at = new Date(reminderAt + 60_000).toISOString();
    for (const headers of [{ Origin: "https://evil.example" }, {}] as Record<string, string>[]) {
      const response = await request("/dev/run-jobs", {
        method: "POST",
        headers,
        body: new URLSearchParams({ at }),
      });
      expect(response.status).toBe(403);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("forbidden_origin");
      expect(body.error.message).toMatch(/Origin/);
    }
    expect(await subjectsTo(email)).toEqual([]);
  });

  it("accepts the browser's own form post, which has no Origin to show but says it is same-origin", async () => {
    // Our pages send no referrer, so a browser's form post carries `Origin: null`.
    const { email, reminderAt } = await eventWithSignUp();
    const at = new Date(reminderAt + 60_000).toISOString();
    const crossSite = await request("/dev/run-jobs", {
      method: "POST",
      headers: { Origin: "null", "Sec-Fetch-Site": "cross-site" },
      body: new URLSearchParams({ at }),
    });
    expect(crossSite.status).toBe(403);
    expect(await subjectsTo(email)).toEqual([]);
    const own = await request("/dev/run-jobs", {
      method: "POST",
      headers: { Origin: "null", "Sec-Fetch-Site": "same-origin" },
      body: new URLSearchParams({ at }),
    });
    expect(own.status).toBe(200);
    expect(await subjectsTo(email)).toContain("Tomorrow: Language café");

    // The dev mailbox's Delete button goes through the same check.
    const clear = (site: string) =>
      request("/dev/mailbox/clear", {
        method: "POST",
        headers: { Origin: "null", "Sec-Fetch-Site": site },
      });
    expect((await clear("same-site")).status).toBe(403);
    expect(await subjectsTo(email)).not.toEqual([]);
    expect((await clear("same-origin")).status).toBe(303);
    expect(await subjectsTo(email)).toEqual([]);
  });

  it("answers a bad `at` with the error envelope, never a 500", async () => {
    for (const at of [
      "tomorrow",
      "2026-12-01",
      "2026-12-01 08:00",
      "2026-02-30T10:00:00Z",
      "2026-12-01T24:00Z",
      "2026-12-01T08:00+25:00",
      "1764576000000",
    ]) {
      for (const response of [await runJobs(at), await runJobsWithQuery(at)]) {
        expect(response.status, at).toBe(422);
        const body = (await response.json()) as {
          error: {
            code: string;
            message: string;
            fields: Record<string, string>;
            fieldCodes: Record<string, { code: string }>;
          };
        };
        expect(body.error.code).toBe("validation_failed");
        expect(body.error.message).toMatch(/ISO 8601/);
        expect(body.error.fields.at).toMatch(/2026-12-01T08:05:00Z/);
        expect(body.error.fieldCodes.at).toEqual({ code: "invalid_date" });
      }
    }
  });

  it("reads ISO 8601 date-times, UTC unless they name an offset", () => {
    expect(parseDateTime("2026-12-01T08:05")).toBe(Date.UTC(2026, 11, 1, 8, 5));
    expect(parseDateTime("2026-12-01T08:05:30Z")).toBe(Date.UTC(2026, 11, 1, 8, 5, 30));
    expect(parseDateTime("2026-12-01T08:05:30.250Z")).toBe(Date.UTC(2026, 11, 1, 8, 5, 30, 250));
    expect(parseDateTime("2026-12-01T10:05+02:00")).toBe(Date.UTC(2026, 11, 1, 8, 5));
    expect(parseDateTime("2026-11-30T23:05-09:00")).toBe(Date.UTC(2026, 11, 1, 8, 5));
    expect(parseDateTime("2028-02-29T00:00Z")).toBe(Date.UTC(2028, 1, 29));
    expect(parseDateTime("2027-02-29T00:00Z")).toBeNull();
    expect(parseDateTime("")).toBeNull();
  });

  it("queues and delivers the reminder once the chosen time is past the event's reminder time", async () => {
    const { email, reminderAt } = await eventWithSignUp();

    const before = await runJobs(new Date(reminderAt - 60_000).toISOString());
    expect(before.status).toBe(200);
    expect(await before.json()).toEqual({ ranAt: new Date(reminderAt - 60_000).toISOString() });
    // The run sent what was due (the confirmation), but no reminder yet.
    expect(await subjectsTo(email)).toEqual(["You're in: Language café"]);

    const at = new Date(reminderAt + 60_000).toISOString();
    const after = await runJobs(at);
    expect(after.status).toBe(200);
    expect(after.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(await after.json()).toEqual({ ranAt: at });
    expect(await subjectsTo(email)).toEqual([
      "You're in: Language café",
      "Tomorrow: Language café",
    ]);

    // Pressing the button again with the same time sends nothing twice: the run moves on by 1 ms.
    const again = await runJobs(at);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ ranAt: new Date(reminderAt + 60_001).toISOString() });
    expect(await subjectsTo(email)).toHaveLength(2);
  });

  it("takes `at` from the query too, and runs as of now without one", async () => {
    const { email, reminderAt } = await eventWithSignUp();
    const now = await runJobs(null);
    expect(now.status).toBe(200);
    const { ranAt } = (await now.json()) as { ranAt: string };
    expect(Math.abs(Date.parse(ranAt) - Date.now())).toBeLessThan(60_000);
    expect(await subjectsTo(email)).toEqual(["You're in: Language café"]);

    // Tallinn is UTC+2 in winter: an offset in the query is honoured.
    const local = new Date(reminderAt + 2 * 3_600_000 + 60_000).toISOString().slice(0, 19);
    const response = await runJobsWithQuery(`${local}+02:00`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      ranAt: new Date(Math.floor((reminderAt + 60_000) / 1000) * 1000).toISOString(),
    });
    expect(await subjectsTo(email)).toContain("Tomorrow: Language café");

    // A JSON body works as well; broken JSON is refused, not run as of now.
    const json = (body: string) =>
      request("/dev/run-jobs", {
        method: "POST",
        headers: { Origin: origin, "Content-Type": "application/json" },
        body,
      });
    const later = new Date(reminderAt + day).toISOString();
    expect(await (await json(JSON.stringify({ at: later }))).json()).toEqual({ ranAt: later });
    const broken = await json("{ at: ");
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
    const wrong = await json(JSON.stringify({ at: 1764576000000 }));
    expect(wrong.status).toBe(422);
  });

  it("offers a plain form in the browser, linked from the dev mailbox, and comes back to it", async () => {
    const organisation = await createOrganisation({ name: "Form Test City" });
    const startsAt = Date.now() + 3 * day;
    await createEvent(organisation.id, {
      startsAt,
      endsAt: startsAt + 2 * 3_600_000,
      title: { en: "Form test <café>" },
      reminderAt: startsAt - day,
    });

    const mailbox = await (await request("/dev/mailbox")).text();
    expect(mailbox).toContain('<a href="/dev/run-jobs">');

    const response = await request("/dev/run-jobs");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    const csp = response.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).not.toContain("script-src");
    const html = await response.text();
    expect(html).not.toContain("<script");
    expect(html).toContain('<form method="post" action="/dev/run-jobs">');
    expect(html).toContain('<label for="at">Run as of (date and time in UTC)</label>');
    expect(html).toMatch(/<input id="at" name="at" type="datetime-local" required value="\d{4}-/);
    expect(html).toContain('<button type="submit">Run the jobs</button>');
    expect(html).toContain("Form test &lt;café&gt;");
    expect(html).toContain(new Date(startsAt - day).toISOString().replace("T", " ").slice(0, 16));

    const at = new Date(startsAt - day + 60_000).toISOString().slice(0, 16);
    const posted = await request("/dev/run-jobs", {
      method: "POST",
      headers: { Origin: origin, Accept: "text/html,application/xhtml+xml,*/*;q=0.8" },
      body: new URLSearchParams({ at }),
    });
    expect(posted.status).toBe(303);
    const location = posted.headers.get("Location")!;
    expect(location).toBe(`/dev/run-jobs?ranAt=${encodeURIComponent(`${at}:00.000Z`)}`);
    const result = await (await request(location)).text();
    expect(result).toMatch(/<p role="status">Ran the scheduled jobs as of <time datetime=/);
    expect(result).toContain(`value="${at}"`);
  });
});
