// End to end: a person who booked 2 places opens their manage link, changes to 4 people at
// another time of the event, and gets the updated confirmation in the dev mailbox. Real worker,
// real local D1, Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8813;
const eventId = "evt_demo_cafe_tue";
const eventTitle = "Language café: Estonian for beginners";

let stack;
let browser;

before(async () => {
  stack = await startStack({
    port: workerPort,
    // A second, later time of the same event, with room for the bigger party.
    setupSql: [
      `INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, waitlist_capacity)
       SELECT 'slt_e2e_later', organisation_id, event_id, '{"en":"Later session"}',
              starts_at + 7200000, ends_at + 7200000, 10, 0
         FROM slots WHERE event_id = '${eventId}' LIMIT 1`,
    ],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

async function places(slotId) {
  const response = await fetch(`${stack.url}/api/v1/orgs/demo-city/events/${eventId}`, {
    cache: "no-store",
    headers: { "Cache-Control": "max-age=0" },
  });
  const { event } = await response.json();
  return event.slots.find((slot) => slot.id === slotId).remaining;
}

test("a person changes their booking from 2 to 4 people at another time, and is told by email", async () => {
  const { event } = await (
    await fetch(`${stack.url}/api/v1/orgs/demo-city/events/${eventId}`)
  ).json();
  const first = event.slots.find((slot) => slot.id !== "slt_e2e_later");
  const signUp = await fetch(`${stack.url}/api/v1/orgs/demo-city/events/${eventId}/registrations`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Origin: stack.url,
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: JSON.stringify({
      slotId: first.id,
      adults: 2,
      name: "Oksana",
      email: "oksana.change@example.org",
      locale: "en",
      consent: true,
      fillMs: 5000,
    }),
  });
  assert.equal(signUp.status, 201);
  const { registration } = await signUp.json();
  const firstBefore = await places(first.id);

  const page = await browser.newPage();
  await page.goto(registration.manageUrl);
  await page.getByText("You have a place").waitFor({ timeout: 10_000 });
  await page.getByRole("button", { name: "Change", exact: true }).click();
  await page.getByRole("radio", { name: /Later session/ }).check();
  await page.getByLabel("Adults").fill("4");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.getByText("Your sign-up was changed.").waitFor({ timeout: 10_000 });
  await page.getByText("4 adults").waitFor();

  assert.equal(await places(first.id), firstBefore + 2, "the two places are given back");
  assert.equal(await places("slt_e2e_later"), 10 - 4, "four places are taken at the later time");

  // The updated confirmation arrives in the dev mailbox.
  for (let tries = 0; ; tries++) {
    await page.goto(`${stack.url}/dev/mailbox`);
    const row = page
      .locator("tr, li")
      .filter({ hasText: "oksana.change@example.org" })
      .filter({ hasText: `Your booking changed: ${eventTitle}` });
    if ((await row.count()) > 0) break;
    if (tries === 40) assert.fail("the updated confirmation never arrived");
    await page.waitForTimeout(500);
  }
  await page.close();
});
