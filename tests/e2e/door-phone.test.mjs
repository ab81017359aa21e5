// End to end: a door volunteer whose dashboard speaks Arabic checks a family in on a 320 px phone.
// The roster page never scrolls sideways, and the "Check in" button is on the screen before the
// tap. Real worker, real local D1 with the demo seed, Debian's Chromium.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8807;
const event = "evt_demo_orientation";
const phone = { width: 320, height: 640 };

let stack;
let browser;

/** The dashboard's Arabic words, so the test follows the translation as it changes. */
const arabic = JSON.parse(
  await readFile(new URL("../../i18n/dashboard/ar.json", import.meta.url), "utf8"),
).messages;

before(async () => {
  stack = await startStack({
    port: workerPort,
    // The demo organiser's account is in Arabic, like a volunteer who chose it.
    setupSql: ["UPDATE users SET locale = 'ar' WHERE id = 'usr_demo_organiser'"],
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** How far the page scrolls sideways: 0 when everything fits the phone. */
const sidewaysScroll = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("a door volunteer checks someone in on a 320 px phone in Arabic", async () => {
  const context = await browser.newContext({
    viewport: phone,
    isMobile: true,
    hasTouch: true,
    locale: "ar",
  });
  const page = await context.newPage();
  await page.goto(`${stack.url}/admin/#/events/${event}/roster`, { waitUntil: "networkidle" });

  // The phone speaks Arabic, so the sign-in page does too.
  const main = page.getByRole("main");
  await main.getByLabel(arabic.email).fill("organiser@demo-city.example");
  await main.getByLabel(arabic.password).fill("demo-organiser-2026");
  await main.getByRole("button", { name: arabic.signIn, exact: true }).tap();

  const title = page.getByRole("heading", { level: 1, name: /دورة توجيهية/ });
  await title.waitFor({ timeout: 10_000 });
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
  assert.match(await page.title(), /دورة توجيهية/, "the page's title names the roster");
  assert.equal(await sidewaysScroll(page), 0, "the roster fits the phone");

  await page.getByRole("button", { name: arabic.doorMode }).tap();
  const search = page.getByLabel(arabic.doorSearch);
  await search.fill("Yusuf");
  await page.getByRole("button", { name: arabic.find, exact: true }).tap();

  const checkIn = page.getByRole("list", { name: arabic.doorMatches }).getByRole("button", {
    name: new RegExp(`^${arabic.checkIn}`),
  });
  await checkIn.waitFor();
  const box = await checkIn.boundingBox();
  assert.ok(box, "the button is laid out");
  assert.ok(
    box.x >= 0 && box.x + box.width <= phone.width,
    `the button is on the screen: ${box.x}–${box.x + box.width} of ${phone.width} px`,
  );
  assert.ok(box.y >= 0 && box.y + box.height <= phone.height, "focus brought the button into view");
  assert.equal(await sidewaysScroll(page), 0, "door mode fits the phone");
  assert.equal(
    await checkIn.evaluate((button) => button.matches(":focus")),
    true,
    "one match: the button has focus",
  );

  await checkIn.tap();
  await page
    .getByRole("status")
    .filter({ hasText: /Yusuf/ })
    .filter({ hasText: arabic.announceCheckedIn.split(":")[0] })
    .first()
    .waitFor();
  // Ready for the next family: the search is empty and has focus again.
  assert.equal(await search.inputValue(), "");
  assert.equal(await search.evaluate((input) => input.matches(":focus")), true);

  // The roster below shows them checked in.
  const row = page.getByRole("row", { name: /Yusuf/ });
  await row.getByRole("button", { name: new RegExp(arabic.undoCheckIn) }).waitFor();
  assert.equal(await sidewaysScroll(page), 0, "still no sideways scroll");
  await context.close();
});
