// End to end: a city's new website (another origin) embeds the sign-up widget before the
// organisers have allowed it. The widget says so before anyone types, and its link opens the
// organisation's page on Hearth, in the reader's language, where the sign-up goes through.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";
import { serveHostPage, strictHostCsp } from "../support/static-host.mjs";

const workerPort = 8810;
const hostPort = 8811;

const catalogue = (path) =>
  JSON.parse(readFileSync(new URL(`../../i18n/${path}`, import.meta.url), "utf8")).messages;
const uk = { ...catalogue("public/uk/common.json"), ...catalogue("public/uk/events.json") };
const ukrainianTitle = "Мовне кафе: естонська для початківців";

let stack;
let host;
let browser;

before(async () => {
  stack = await startStack({ port: workerPort });
  host = await serveHostPage({
    port: hostPort,
    headers: strictHostCsp(stack.url),
    html: `<!doctype html>
<html lang="uk">
  <head><meta charset="utf-8"><title>Нова сторінка міста</title></head>
  <body>
    <script type="module" src="${stack.url}/embed.js"></script>
    <hearth-signup org="demo-city" event="evt_demo_cafe_tue"></hearth-signup>
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

test("a website the organisers did not allow yet sends people to the organisers' Hearth page", async () => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(host.url);
  const widget = page.locator("hearth-signup");
  await widget.getByText(uk.signupElsewhere).waitFor({ timeout: 15_000 });
  assert.equal(await widget.locator("form").count(), 0, "no form that could never be sent");

  await widget.getByRole("link", { name: uk.signupElsewhereLink }).click();
  await page.waitForURL(`${stack.url}/signup/**`);
  assert.equal(new URL(page.url()).searchParams.get("lang"), "uk");
  assert.equal(await page.locator("html").getAttribute("lang"), "uk");
  // The page's title is in the reader's language too.
  await page.waitForFunction((title) => document.title === title, uk.eventsLabel);
  const events = page.locator("hearth-events");
  await events.getByText(ukrainianTitle).first().waitFor({ timeout: 15_000 });
  assert.deepEqual(pageErrors, []);
});
