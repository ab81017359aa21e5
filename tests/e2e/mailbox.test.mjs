// End to end: people sign up on the demo site with an email; the day-before reminder arrives in
// the dev mailbox; following its Cancel link frees the place, and the waitlisted person is
// promoted and told so by email. Real worker and cron handler, real local D1, Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { executeSql, startStack } from "../support/local-stack.mjs";
import { openMessage } from "./dev-mailbox.mjs";

const workerPort = 8797;
const eventTitle = "Saturday language café with board games";

let stack;
let browser;

before(async () => {
  stack = await startStack({
    port: workerPort,
    // The reminder is sent when the test says so, not when the seed's date comes.
    setupSql: [`UPDATE events SET reminder_at = NULL WHERE id = 'evt_demo_cafe_sat'`],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Signs up on the demo site; `button` is what the form's button says (it names the waitlist). */
async function signUp(name, email, adults, button = "Sign up") {
  const page = await browser.newPage();
  await page.goto(`${stack.url}/demo/`);
  await page.getByRole("button", { name: eventTitle }).click();
  await page.getByLabel("Adults").fill(String(adults));
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email (optional)").fill(email);
  await page.getByLabel(/I agree/).check();
  await page.waitForTimeout(1600);
  await page.getByRole("button", { name: button }).click();
  await page.getByRole("heading", { name: /You're in!|waitlist/ }).waitFor({ timeout: 10_000 });
  const heading = await page.getByRole("heading", { name: /You're in!|waitlist/ }).textContent();
  await page.close();
  return heading;
}

test("the reminder's Cancel link frees the place, and the waitlisted person is promoted and told", async () => {
  assert.match(await signUp("Amina", "amina@example.org", 2), /You're in!/);
  // The form says before sending that this time is full: the button names the waitlist.
  assert.match(await signUp("Taras", "taras@example.org", 1, "Join the waitlist"), /waitlist/);

  executeSql(
    stack.persistTo,
    `UPDATE events SET reminder_at = ${Date.now()} WHERE id = 'evt_demo_cafe_sat'`,
  );
  const cron = await fetch(`${stack.url}/cdn-cgi/local/scheduled`);
  assert.equal(cron.status, 200);

  // The mailbox, the message in its frame and the link page allow their own styles by hash only.
  const policyViolations = [];
  const watch = (page) =>
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  const mailbox = await browser.newPage();
  watch(mailbox);
  await openMessage(mailbox, stack.url, "amina@example.org", /Tomorrow: Saturday language café/);
  const cancelLink = mailbox.getByRole("link", { name: /\/r\/cancel\// });
  const href = await cancelLink.first().getAttribute("href");
  assert.ok(href?.startsWith(`${stack.url}/r/cancel/`), "the Cancel link points to this worker");

  const linkPage = await browser.newPage();
  watch(linkPage);
  await linkPage.goto(href);
  const button = linkPage.getByRole("button", { name: "Yes, free my place" });
  assert.equal(
    await button.evaluate((element) => window.getComputedStyle(element).backgroundColor),
    "rgb(11, 87, 208)",
    "the page's own style applies",
  );
  await button.click();
  await linkPage.getByRole("heading", { name: "Your place is freed" }).waitFor();

  await openMessage(
    mailbox,
    stack.url,
    "taras@example.org",
    /A place opened: you're in for Saturday language café/,
  );
  const body = await mailbox.locator("body").textContent();
  assert.match(body ?? "", /taras@example.org/);
  assert.deepEqual(policyViolations, []);
});
