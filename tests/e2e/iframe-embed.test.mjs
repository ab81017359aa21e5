// End to end: a CMS page that allows iframes but no Hearth script shows the events in an iframe
// embed, with Hearth's optional height snippet. On a website the organisation allowed, a person
// signs up through the frame and the frame grows to fit; on one it did not allow, the browser
// refuses the frame (`frame-ancestors`). Real worker, real local D1, Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";
import { allowOriginSql, serveHostPage } from "../support/static-host.mjs";

const workerPort = 8823;
const hostPort = 8824;
// One host server, reached under two origins: only the first is allowed by the organisation.
const allowedHost = `http://127.0.0.1:${hostPort}`;
const refusedHost = `http://localhost:${hostPort}`;
const eventTitle = "Language café: Estonian for beginners";
const initialHeight = 300;

let stack;
let host;
let browser;

before(async () => {
  stack = await startStack({ port: workerPort, setupSql: [allowOriginSql(allowedHost)] });
  host = await serveHostPage({
    port: hostPort,
    // A CMS's strict policy: the only script is Hearth's snippet, the only frame Hearth's.
    headers: {
      "Content-Security-Policy": `default-src 'none'; script-src ${stack.url}; frame-src ${stack.url}; style-src 'self'; base-uri 'none'`,
    },
    html: `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Municipality page</title></head>
  <body>
    <h1>Events in our city</h1>
    <iframe src="${stack.url}/embed/demo-city/events?color-primary=%23005a9c" title="Events"
      width="100%" height="${initialHeight}"></iframe>
    <script src="${stack.url}/embed/frame.js" async></script>
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
  const response = await fetch(`${stack.url}/api/v1/orgs/demo-city/events/${eventId}`, {
    headers: { "Cache-Control": "no-cache" },
  });
  const { event } = await response.json();
  return event.slots[0].remaining;
}

/** The height of the iframe's viewport (its border left out), and of the page inside it. */
const viewportHeight = (page) => page.locator("iframe").evaluate((frame) => frame.clientHeight);

async function heights(page) {
  const frameHeight = await viewportHeight(page);
  const frame = page.frames().find((candidate) => candidate.url().startsWith(stack.url));
  const contentHeight = await frame.evaluate(() =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  return { frameHeight, contentHeight };
}

async function fitsItsContent(page) {
  await page.waitForFunction(
    (initial) => Math.abs(document.querySelector("iframe").clientHeight - initial) > 1,
    initialHeight,
  );
  for (let attempt = 0; attempt < 40; attempt++) {
    const { frameHeight, contentHeight } = await heights(page);
    if (Math.abs(frameHeight - contentHeight) <= 1) return frameHeight;
    await page.waitForTimeout(100);
  }
  const { frameHeight, contentHeight } = await heights(page);
  assert.fail(`the iframe is ${frameHeight}px tall, its content ${contentHeight}px`);
}

test("on an allowed website a person signs up through the iframe, which grows to fit", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(allowedHost);
  const frame = page.frameLocator("iframe");
  await frame.getByText(eventTitle).first().waitFor({ timeout: 15_000 });
  // The explanation for a page opened outside a frame stays hidden in one.
  assert.equal(await frame.getByText("This page is made to be shown on a website").count(), 1);
  assert.equal(
    await frame.getByText("This page is made to be shown on a website").isVisible(),
    false,
  );

  const listHeight = await fitsItsContent(page);
  assert.ok(listHeight > initialHeight, `the list's frame grew from ${initialHeight}px`);

  const placesBefore = await remainingPlaces("evt_demo_cafe_tue");
  await frame.getByRole("button", { name: eventTitle }).click();
  await frame.getByLabel("Your name").fill("Amina");
  await frame.getByRole("checkbox").first().check();
  // People take a moment to read; the server refuses forms sent faster than 1.5 s.
  await page.waitForTimeout(1600);
  await frame.getByRole("button", { name: "Sign up", exact: true }).click();
  await frame.getByText("You're in!").waitFor({ timeout: 10_000 });
  assert.equal(await remainingPlaces("evt_demo_cafe_tue"), placesBefore - 1);
  await fitsItsContent(page);

  // The theme asked for in the address reaches the widget's tokens.
  const primary = await page
    .frames()
    .find((candidate) => candidate.url().startsWith(stack.url))
    .evaluate(() =>
      window.getComputedStyle(document.documentElement).getPropertyValue("--hearth-color-primary"),
    );
  assert.equal(primary.trim(), "#005a9c");
  assert.deepEqual(problems, []);
  await page.close();
});

test("on a website the organisation did not allow, the browser refuses the frame", async () => {
  const page = await browser.newPage();
  const refusals = [];
  page.on("console", (message) => {
    if (/frame-ancestors/.test(message.text())) refusals.push(message.text());
  });
  const requested = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(refusedHost, { waitUntil: "load" });
  await page.waitForTimeout(500);

  assert.ok(
    requested.some((url) => url.startsWith(`${stack.url}/embed/demo-city/events`)),
    "the browser asked for the embed page",
  );
  assert.ok(refusals.length > 0, "the browser says it refused the frame for frame-ancestors");
  // The frame holds the browser's error page: Hearth's page never ran, nor loaded the widget.
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  assert.ok(!frame.url().startsWith(stack.url), `the frame shows ${frame.url()}`);
  assert.ok(!requested.includes(`${stack.url}/embed.js`), "no widget code was loaded");
  assert.equal(await viewportHeight(page), initialHeight, "no height came from a refused frame");
  await page.close();
});

test("opened directly, the embed page says where it belongs and shows no widget", async () => {
  const page = await browser.newPage();
  await page.goto(`${stack.url}/embed/demo-city/events`);
  await page.getByRole("heading", { name: "This page is made to be shown on a website" }).waitFor();
  assert.ok(await page.getByRole("link", { name: `127.0.0.1:${hostPort}` }).isVisible());
  assert.ok(await page.getByRole("link", { name: "Open the dashboard" }).isVisible());
  assert.equal(await page.locator("hearth-events").isVisible(), false);
  await page.close();
});

test("the events page that oEmbed describes shows the list on Hearth under its own CSP", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(`${stack.url}/demo-city/events?lang=uk`);
  // Event cards, in Ukrainian: the widget took the page's language.
  await page.locator('[part="card"]').first().waitFor({ timeout: 15_000 });
  assert.equal(await page.getByText(eventTitle).count(), 0);
  assert.equal(await page.locator("html").getAttribute("lang"), "uk");
  const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
  const answer = await (await fetch(discovery)).json();
  assert.equal(answer.type, "rich");
  assert.match(answer.html, /src="http:\/\/127\.0\.0\.1:8823\/embed\/demo-city\/events\?lang=uk"/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("in the sandbox WordPress gives discovered embeds the list shows and resizes, but no sign-up leaves it", async () => {
  // Chromium's local-network checks count a sandboxed (origin-less) frame as a public website and
  // keep it from 127.0.0.1; on the internet, Hearth is a public website too.
  const sandboxBrowser = await launchChromium(["--disable-features=LocalNetworkAccessChecks"]);
  const page = await sandboxBrowser.newPage();
  // The frame as WordPress rewrites an oEmbed answer from a provider not on its list.
  await page.route(`${allowedHost}/wordpress`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Blog</title>
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"
  src="${stack.url}/embed/demo-city/events#?secret=Ab12Cd34Ef" data-secret="Ab12Cd34Ef"
  title="Events" width="600" height="338"></iframe>`,
    }),
  );
  await page.addInitScript(() => {
    window.received = [];
    window.addEventListener("message", (event) => window.received.push(event.data));
  });
  try {
    await page.goto(`${allowedHost}/wordpress`);
    await page.frameLocator("iframe").getByText(eventTitle).first().waitFor({ timeout: 15_000 });
    const resize = await page.waitForFunction(() =>
      window.received.find((data) => data && data.message === "height" && data.value > 338),
    );
    const message = await resize.jsonValue();
    assert.equal(message.secret, "Ab12Cd34Ef");

    // What docs/embedding-in-cms.md warns of: a sign-up cannot leave WordPress's sandbox.
    const writes = [];
    page.on("request", (request) => {
      if (request.method() !== "GET") writes.push(request.url());
    });
    const frame = page.frameLocator("iframe");
    await frame.getByRole("button", { name: eventTitle }).click();
    await frame.getByLabel("Your name").fill("Amina");
    await frame.getByRole("checkbox").first().check();
    await page.waitForTimeout(1600);
    await frame.getByRole("button", { name: "Sign up", exact: true }).click();
    await page.waitForTimeout(1500);
    assert.deepEqual(writes, []);
    assert.equal(await frame.getByText("You're in!").count(), 0);
  } finally {
    await sandboxBrowser.close();
  }
});
