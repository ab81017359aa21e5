import { Hono, type Context } from "hono";
import { resolveText } from "../../i18n/content.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError, problem } from "../http/errors.js";
import { assertSameOrigin, onlyInDevelopment } from "../http/only-in-development.js";
import { setPageHeaders } from "../http/security-headers.js";
import { runScheduled } from "../jobs/run-scheduled.js";
import { useDatabase } from "../http/d1-metrics.js";
import { unusedRunTime, upcomingEvents } from "./run-jobs-queries.js";
import { escapeHtml } from "../messages/html.js";

/*
 * Local development only: runs the scheduled jobs (what the cron trigger runs every 5 minutes) as
 * if it were a chosen time, so reminders and after-event thank-yous can be tried without waiting
 * for the day. `POST /dev/run-jobs` with `at` (form field, JSON or query; ISO 8601, default now)
 * answers `{ ranAt }`; `GET /dev/run-jobs` is a form for the browser. 404 outside
 * HEARTH_ENV=development.
 */

const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * An ISO 8601 date-time (`2026-12-01T08:05`, `…:30Z`, `…+02:00`) as epoch milliseconds; without
 * an offset it is UTC (what the form's field says). Null when it is not one, or names a day or
 * time that does not exist (30 February, 24:00).
 */
export function parseDateTime(value: string): number | null {
  const match = isoDateTime.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = "0", fraction = "0", zone = "Z"] = match;
  const parts = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = parts;
  const local = new Date(0);
  local.setUTCFullYear(y, mo - 1, d); // unlike Date.UTC, keeps years 0–99 as they are
  local.setUTCHours(h, mi, s, Number(fraction.padEnd(3, "0")));
  const exists =
    local.getUTCFullYear() === y &&
    local.getUTCMonth() === mo - 1 &&
    local.getUTCDate() === d &&
    local.getUTCHours() === h &&
    local.getUTCMinutes() === mi &&
    local.getUTCSeconds() === s;
  if (!exists) return null;
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const [zoneHours, zoneMinutes] = zone.slice(1).split(":").map(Number) as [number, number];
    if (zoneHours > 23 || zoneMinutes > 59) return null;
    offsetMinutes = (zone.startsWith("-") ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  return local.getTime() - offsetMinutes * 60_000;
}

/** The `at` of the request, from the body (form or JSON) or the query; absent or empty: now. */
async function readAt(c: Context<AppEnv>): Promise<unknown> {
  let body: unknown;
  const json = /^application\/json\b/i.test(c.req.header("Content-Type") ?? "");
  try {
    body = json ? await c.req.json() : await c.req.parseBody();
  } catch {
    throw json
      ? new ApiError(400, "invalid_json", "The request body is not valid JSON.")
      : new ApiError(400, "bad_request", "Send `at` as a form field, in JSON or in the query.");
  }
  const fromBody =
    typeof body === "object" && body !== null ? (body as Record<string, unknown>).at : undefined;
  return fromBody ?? c.req.query("at");
}

function chosenTime(at: unknown, now: number): number {
  if (at === undefined || at === "") return now;
  const time = typeof at === "string" ? parseDateTime(at) : null;
  if (time === null) {
    throw new ApiError(
      422,
      "validation_failed",
      "Give `at` as an ISO 8601 date and time, e.g. 2026-12-01T08:05:00Z (without an offset it is UTC), or leave it out to run as of now.",
      {
        at: problem("invalid_date", "Use an ISO 8601 date and time such as 2026-12-01T08:05:00Z."),
      },
    );
  }
  return time;
}

const pageStyle =
  "body{font-family:system-ui,sans-serif;line-height:1.5;margin:0 auto;padding:16px;max-width:60em}" +
  "table{border-collapse:collapse;width:100%}th,td{text-align:start;padding:6px 8px;" +
  "border-bottom:1px solid #8888}label{display:block;font-weight:bold}" +
  "input,button{padding:8px;font:inherit}button{padding:8px 16px}" +
  "[role=status]{border:2px solid #2a7;padding:8px}";

const timeText = (ms: number) => new Date(ms).toISOString().replace("T", " ").slice(0, 16) + " UTC";
const timeHtml = (ms: number) =>
  `<time datetime="${new Date(ms).toISOString()}">${timeText(ms)}</time>`;

async function page(c: Context<AppEnv>, ranAt: number | null) {
  const now = Date.now();
  const events = await upcomingEvents(c.env.DB, now);
  const rows = events
    .map((event) => {
      const title = resolveText(
        JSON.parse(event.title) as Record<string, string>,
        "en",
        event.defaultLocale,
      ).text;
      return (
        `<tr><td>${escapeHtml(title)}</td><td>${escapeHtml(event.organisation)}</td>` +
        `<td>${event.reminderAt === null ? "none" : timeHtml(event.reminderAt)}</td>` +
        `<td>${timeHtml(event.startsAt)}</td><td>${timeHtml(event.endsAt)}</td></tr>\n`
      );
    })
    .join("");
  const table =
    events.length === 0
      ? `<p>No published events in the coming days.</p>\n`
      : `<table>\n<caption>Published events (times in UTC)</caption>\n<thead><tr>` +
        `<th scope="col">Event</th><th scope="col">Organisation</th>` +
        `<th scope="col">Reminder</th><th scope="col">Starts</th><th scope="col">Ends</th>` +
        `</tr></thead>\n<tbody>\n${rows}</tbody>\n</table>\n`;
  const status =
    ranAt === null
      ? ""
      : `<p role="status">Ran the scheduled jobs as of ${timeHtml(ranAt)}. ` +
        `<a href="/dev/mailbox">Open the dev mailbox</a> to read what was sent.</p>\n`;
  const body =
    `<p><a href="/dev/mailbox">Dev mailbox</a></p>\n` +
    `<h1>Run the scheduled jobs</h1>\n` +
    `<p>Runs what the cron trigger runs every 5 minutes as if it were the time you choose: ` +
    `reminders (due from an event's reminder time until it starts), thank-yous with the feedback ` +
    `link (from 2 hours after an event ends, for a week), organisers' digests, sending of due ` +
    `messages, and retention (a time far ahead erases the personal data that would be gone by ` +
    `then). Only in local development.</p>\n` +
    status +
    `<form method="post" action="/dev/run-jobs">\n` +
    `<label for="at">Run as of (date and time in UTC)</label>\n` +
    `<p><input id="at" name="at" type="datetime-local" required ` +
    `value="${new Date(ranAt ?? now).toISOString().slice(0, 16)}"> ` +
    `<button type="submit">Run the jobs</button></p>\n</form>\n` +
    table;
  await setPageHeaders(c, [pageStyle]);
  return c.html(
    `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
      `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
      `<meta name="color-scheme" content="light dark">\n` +
      `<title>Run the scheduled jobs · Dev tools</title>\n<style>${pageStyle}</style>\n</head>\n` +
      `<body>\n<main>\n${body}</main>\n</body>\n</html>\n`,
    200,
  );
}

export const devRunJobsRoutes = new Hono<AppEnv>()
  // useDatabase: with HEARTH_D1_METRICS=1 the answer reports the run's D1 work (npm run bench).
  .use(onlyInDevelopment, useDatabase)
  .get("/", (c) => page(c, parseDateTime(c.req.query("ranAt") ?? "")))
  .post("/", async (c) => {
    assertSameOrigin(
      c,
      "Use the form at /dev/run-jobs, or send this server's address as the Origin header " +
        "(curl -H 'Origin: http://127.0.0.1:8787' …).",
    );
    const time = await unusedRunTime(c.env.DB, chosenTime(await readAt(c), Date.now()));
    // Sent here, not through the mail queue: the page comes back once the mail is in the mailbox,
    // sent as of the chosen time.
    await runScheduled({ ...c.env, DB: c.var.db }, time, "here");
    const ranAt = new Date(time).toISOString();
    // The form in a browser goes back to the page, which says what ran; scripts get JSON.
    if (c.req.header("Accept")?.includes("text/html")) {
      return c.redirect(`/dev/run-jobs?ranAt=${encodeURIComponent(ranAt)}`, 303);
    }
    return c.json({ ranAt }, 200);
  });
