// End to end: a resident on a phone (320 px) with JavaScript disabled and an Arabic browser opens
// an event's short link, lands on its page in Arabic, sends the sign-up form with a mistake, sees
// the error beside the field with the answers kept, fixes it, gets the confirmation page with the
// manage link, and finds the Arabic confirmation email in the dev mailbox. Texts come from the
// catalogues, not copied.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";
import { openMessage } from "./dev-mailbox.mjs";

const workerPort = 8821;

const catalogue = (path) =>
  JSON.parse(readFileSync(new URL(`../../i18n/${path}`, import.meta.url), "utf8")).messages;
const ar = { ...catalogue("public/ar/common.json"), ...catalogue("public/ar/form.json") };
const arMail = catalogue("messages/ar.json");
const arabicTitle = "مقهى اللغة: الإستونية للمبتدئين";
/** The demo organisation keeps answers this many days; the consent box says so. */
const consent = ar.consent[new Intl.PluralRules("ar").select(30)].replace(
  "{count}",
  new Intl.NumberFormat("ar").format(30),
);

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

test("without JavaScript, in Arabic at 320 px: the page's form signs someone up, errors beside fields", async () => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 720 },
    locale: "ar",
  });
  const page = await context.newPage();

  // The short link of a text message leads to the page, in the browser's language.
  const response = await page.goto(`${stack.url}/e/demo_cafe_tue`);
  assert.equal(response.status(), 200);
  assert.equal(new URL(page.url()).pathname, "/demo-city/events/evt_demo_cafe_tue");
  assert.equal(await page.locator("html").getAttribute("lang"), "ar");
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal((await page.locator("h1").innerText()).trim(), arabicTitle);

  // Nothing wider than the phone: the submit button and the fields fit in 320 px.
  for (const selector of ["#name", "#email", 'button[type="submit"]']) {
    const box = await page.locator(selector).boundingBox();
    assert.ok(
      box && box.x >= 0 && box.x + box.width <= 320,
      `${selector} fits: ${JSON.stringify(box)}`,
    );
  }

  // A mistake: no name. People take a few seconds; the form's too-fast check counts them.
  await page.getByLabel(ar.email).fill("layla@example.org");
  await page.getByLabel(consent).check();
  await page.waitForTimeout(1600);
  await page.getByRole("button", { name: ar.submit }).click();
  await page.locator("#problems").waitFor();
  assert.equal((await page.locator("#name-error").innerText()).trim(), ar.errorName);
  assert.equal(await page.locator("#name").getAttribute("aria-invalid"), "true");
  assert.match(await page.locator("#name").getAttribute("aria-describedby"), /name-error/);
  // The summary links to the field; the answers are kept.
  assert.equal(await page.locator('#problems a[href="#name"]').count(), 1);
  assert.equal(await page.getByLabel(ar.email).inputValue(), "layla@example.org");
  assert.equal(await page.getByLabel(consent).isChecked(), true);

  await page.getByLabel(ar.name).fill("ليلى");
  await page.getByRole("button", { name: ar.submit }).click();
  await page.getByRole("heading", { name: ar.confirmed }).waitFor({ timeout: 10_000 });
  assert.match(page.url(), /\/signed-up\?receipt=/);
  assert.doesNotMatch(page.url(), /token/);
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  const manage = page.getByRole("link", { name: ar.manageLink });
  assert.match(await manage.getAttribute("href"), /\/manage\/\?registration=reg_\w+#token=/);

  // The confirmation email, in Arabic, in the dev mailbox.
  const mail = await context.newPage();
  await openMessage(mail, stack.url, "layla@example.org", arabicTitle);
  assert.equal(
    (await mail.locator("h1").innerText()).trim(),
    arMail.confirmedSubject.replace("{event}", arabicTitle),
  );
  const text = await mail.locator("pre").innerText();
  assert.ok(text.includes(arMail.confirmedHeading), text);
  await context.close();
});
