// End to end: a host page on another origin embeds embed.js; a person signs up with the keyboard
// alone, gets the confirmation, opens the manage link and cancels. Real worker, real local D1.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";
import { allowOriginSql, serveHostPage, strictHostCsp } from "../support/static-host.mjs";
import { tabTo } from "./keyboard.mjs";

const workerPort = 8791;
const hostPort = 8792;
const hostOrigin = `http://127.0.0.1:${hostPort}`;
const eventTitle = "Language café: Estonian for beginners";

let stack;
let host;
let browser;

before(async () => {
  stack = await startStack({
    port: workerPort,
    setupSql: [allowOriginSql(hostOrigin)],
  });
  host = await serveHostPage({
    port: hostPort,
    headers: strictHostCsp(stack.url),
    html: `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Municipality page</title></head>
  <body>
    <h1>Welcome to our city</h1>
    <script type="module" src="${stack.url}/embed.js"></script>
    <hearth-events org="demo-city"></hearth-events>
  </body>
</html>`,
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await stack?.stop();
});

async function remainingPlaces(eventId) {
  // A fresh read: public reads are otherwise answered from the 15-second cache.
  const response = await fetch(`${stack.url}/api/v1/orgs/demo-city/events/${eventId}`, {
    headers: { "Cache-Control": "no-cache" },
  });
  const { event } = await response.json();
  return event.slots[0].remaining;
}

test("a person signs up with the keyboard alone on another origin under a strict CSP, then cancels from the manage link", async () => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(host.url);
  assert.notEqual(new URL(host.url).origin, stack.url, "the host page is on another origin");

  await page.getByText(eventTitle).first().waitFor({ timeout: 15_000 });
  const placesBefore = await remainingPlaces("evt_demo_cafe_tue");

  await tabTo(page, (focus) => focus.tag === "button" && focus.text === eventTitle, "the event");
  await page.keyboard.press("Enter");
  await page.getByText("Your name").first().waitFor();

  await tabTo(page, (focus) => focus.name === "name", "the name field");
  await page.keyboard.type("Amina");
  await tabTo(page, (focus) => focus.type === "checkbox", "the consent box");
  await page.keyboard.press("Space");
  // People take a moment to read; the server refuses forms sent faster than 1.5 s.
  await page.waitForTimeout(1600);
  await tabTo(
    page,
    (focus) => focus.tag === "button" && focus.text === "Sign up",
    "the submit button",
  );
  await page.keyboard.press("Enter");

  await page.getByText("You're in!").waitFor({ timeout: 10_000 });
  assert.equal(await remainingPlaces("evt_demo_cafe_tue"), placesBefore - 1);

  const manageLink = await tabTo(
    page,
    (focus) => focus.tag === "a" && focus.text === "My sign-up",
    "the manage link",
  );
  assert.match(manageLink.href, /\/manage\/\?registration=reg_\w+#token=[\w-]+$/);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/manage\//);
  await page.getByText("You have a place").waitFor({ timeout: 10_000 });

  await tabTo(page, (focus) => focus.text === "Cancel my sign-up", "the cancel button");
  await page.keyboard.press("Enter");
  await tabTo(page, (focus) => focus.text === "Yes, cancel", "the confirm button");
  await page.keyboard.press("Enter");
  await page.getByText("Your sign-up is cancelled.").waitFor({ timeout: 10_000 });
  assert.equal(await remainingPlaces("evt_demo_cafe_tue"), placesBefore);

  assert.deepEqual(pageErrors, []);
});

test("the widget leaves no cookies or storage on the host page", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByText(eventTitle).first().waitFor({ timeout: 15_000 });
  assert.deepEqual(await context.cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await context.close();
});
