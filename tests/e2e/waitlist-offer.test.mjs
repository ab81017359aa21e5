// End to end: an event offers freed places. A person on its waitlist gets the offer in the dev
// mailbox, follows "Yes, I'll take the place", confirms on the link page, and their manage page
// then shows the place as theirs. Real worker, real local D1, Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { openMessage } from "./dev-mailbox.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8814;
const eventId = "evt_e2e_offer";
const eventTitle = "Sewing circle";

let stack;
let browser;

before(async () => {
  stack = await startStack({
    port: workerPort,
    // One place, offered for 24 hours when it frees up.
    setupSql: [
      `INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
         ends_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at,
         waitlist_offer_hours)
       VALUES ('${eventId}', 'org_demo_city', 'meetup', 'published', '{"en":"${eventTitle}"}',
         '{"en":""}', '{"en":""}', (unixepoch('now') + 5 * 86400) * 1000,
         (unixepoch('now') + 5 * 86400 + 7200) * 1000, 'Europe/Tallinn', '["en"]', '[]',
         '{"en":""}', 0, 0, 24)`,
      `INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, waitlist_capacity)
       SELECT 'slt_e2e_offer', organisation_id, id, '{"en":"Afternoon"}', starts_at, ends_at, 1, 5
         FROM events WHERE id = '${eventId}'`,
    ],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

async function signUp(name, email) {
  const response = await fetch(
    `${stack.url}/api/v1/orgs/demo-city/events/${eventId}/registrations`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: stack.url,
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({
        slotId: "slt_e2e_offer",
        adults: 1,
        name,
        email,
        locale: "en",
        consent: true,
        fillMs: 5000,
      }),
    },
  );
  assert.equal(response.status, 201);
  return (await response.json()).registration;
}

test("a waitlisted person takes an offered place from the email, and their manage page shows it", async () => {
  const holder = await signUp("Holder", "holder.offer@example.org");
  assert.equal(holder.status, "confirmed");
  const waiting = await signUp("Mariam", "mariam.offer@example.org");
  assert.equal(waiting.status, "waitlisted");

  const cancelled = await fetch(`${stack.url}/api/v1/registrations/${holder.id}`, {
    method: "DELETE",
    headers: {
      Authorization: `Bearer ${new URL(holder.manageUrl).hash.replace("#token=", "")}`,
      Origin: stack.url,
    },
  });
  assert.equal(cancelled.status, 200);

  const mailbox = await browser.newPage();
  await openMessage(
    mailbox,
    stack.url,
    "mariam.offer@example.org",
    `A place is free for you: ${eventTitle}`,
  );
  await mailbox
    .getByText(/We are holding it for you until/)
    .first()
    .waitFor();
  const accept = await mailbox
    .getByRole("link", { name: /\/r\/accept\// })
    .first()
    .getAttribute("href");
  assert.ok(accept?.startsWith(`${stack.url}/r/accept/`), "the Accept link points to this worker");

  const linkPage = await browser.newPage();
  await linkPage.goto(accept);
  await linkPage.getByRole("heading", { name: "Take the place?" }).waitFor();
  await linkPage.getByRole("button", { name: "Yes, I'll take the place" }).click();
  await linkPage.getByRole("heading", { name: "Your place is confirmed" }).waitFor();

  await linkPage.goto(waiting.manageUrl);
  await linkPage.getByText("You have a place").waitFor({ timeout: 10_000 });

  // The confirmation follows, with the calendar entry.
  await openMessage(
    mailbox,
    stack.url,
    "mariam.offer@example.org",
    `A place opened: you're in for ${eventTitle}`,
  );
});
