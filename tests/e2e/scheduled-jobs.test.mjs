// End to end: the scheduled jobs run "as of" a chosen time through the development-only
// /dev/run-jobs (the browser form and a plain POST), so the day-before reminder and the
// after-visit thank-you with its feedback link can be read in the dev mailbox without waiting for
// the day. Real worker, real local D1 with the demo seed, Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { URLSearchParams } from "node:url";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8805;
const cafe = { id: "evt_demo_cafe_tue", slotId: "slt_demo_cafe_tue" };
const cafeTitle = "Language café: Estonian for beginners";
const visit = { id: "evt_demo_visit_lahemaa", slotId: "slt_demo_lahemaa_seats" };
const minute = 60_000;

let stack;
let browser;

before(async () => {
  stack = await startStack({ port: workerPort });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Signs up through the public API, as the demo site's widget does (same origin). */
async function signUp(eventId, answers) {
  const response = await fetch(
    `${stack.url}/api/v1/orgs/demo-city/events/${eventId}/registrations`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: stack.url,
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({ adults: 1, locale: "en", consent: true, fillMs: 5000, ...answers }),
    },
  );
  const body = await response.json();
  assert.equal(response.status, 201, JSON.stringify(body));
  assert.equal(body.registration.status, "confirmed");
}

/** Opens the dev mailbox until a message to `recipient` whose subject matches shows up. */
async function openMessage(page, recipient, subject) {
  for (let tries = 0; tries < 40; tries++) {
    await page.goto(`${stack.url}/dev/mailbox`);
    const row = page.locator("tr").filter({ hasText: recipient }).filter({ hasText: subject });
    if ((await row.count()) > 0) {
      await row.first().getByRole("link").first().click();
      await page.getByRole("heading", { level: 1, name: subject }).waitFor();
      return;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`No message to ${recipient} matching ${subject} arrived in the dev mailbox`);
}

/** The address of the first link in the open message whose address contains `path`. */
async function linkIn(page, path) {
  const link = page.getByRole("link", { name: new RegExp(`${stack.url}${path}`) }).first();
  return link.getAttribute("href");
}

test("the reminder arrives once the jobs run as of just after its time, with its Confirm link", async () => {
  const email = "amina.reminder@example.org";
  await signUp(cafe.id, { slotId: cafe.slotId, name: "Amina", email });

  // The tester's way: the page lists each event's reminder time; its form runs the jobs.
  const page = await browser.newPage();
  await page.goto(`${stack.url}/dev/mailbox`);
  await page.getByRole("link", { name: /Run the scheduled jobs/ }).click();
  await page.getByRole("heading", { name: "Run the scheduled jobs" }).waitFor();
  const row = page.getByRole("row").filter({ hasText: cafeTitle });
  const reminderAt = Date.parse(
    (await row.getByRole("cell").nth(2).locator("time").getAttribute("datetime")) ?? "",
  );
  assert.ok(reminderAt > Date.now(), "the demo reminder is still ahead");

  const at = new Date(reminderAt + minute).toISOString().slice(0, 16);
  await page.getByLabel("Run as of (date and time in UTC)").fill(at);
  await page.getByRole("button", { name: "Run the jobs" }).click();
  const status = page.getByRole("status");
  await status.waitFor();
  assert.match((await status.textContent()) ?? "", /Ran the scheduled jobs as of/);
  assert.equal(
    await status.locator("time").getAttribute("datetime"),
    new Date(reminderAt + minute).toISOString(),
  );

  await openMessage(page, email, `Tomorrow: ${cafeTitle}`);
  const confirm = await linkIn(page, "/r/confirm/");
  assert.ok(confirm, "the reminder has a Confirm link");
  await page.goto(confirm);
  await page.getByRole("button", { name: /Yes/ }).waitFor();
  await page.close();
});

test("the visit's thank-you arrives after the visit, and its feedback link opens the form", async () => {
  const email = "kadri.caseworker@example.org";
  await signUp(visit.id, {
    slotId: visit.slotId,
    name: "Kadri (caseworker)",
    email,
    adults: 2,
    children: 1,
    pickupPointId: "pup_demo_lahemaa_vao",
    languages: ["ar"],
  });
  const detail = await (
    await fetch(`${stack.url}/api/v1/orgs/demo-city/events/${visit.id}?lang=en`)
  ).json();
  const endsAt = Date.parse(detail.event.endsAt);

  // The script's way: a plain POST (from this origin) answers what time it ran as of.
  const at = new Date(endsAt + 2 * 60 * minute + minute).toISOString();
  const run = await fetch(`${stack.url}/dev/run-jobs`, {
    method: "POST",
    headers: { Origin: stack.url },
    body: new URLSearchParams({ at }),
  });
  assert.equal(run.status, 200);
  assert.deepEqual(await run.json(), { ranAt: at });

  const page = await browser.newPage();
  await openMessage(page, email, `Thank you for coming to ${detail.event.title}`);
  const feedback = await linkIn(page, "/r/feedback/");
  assert.ok(feedback, "the thank-you has the feedback link");
  await page.goto(feedback);
  await page.getByRole("heading", { name: "How was the visit?" }).waitFor();
  await page.getByRole("radio", { name: "Very good" }).waitFor();
  await page.getByRole("button", { name: "Send" }).waitFor();
  await page.close();
});
