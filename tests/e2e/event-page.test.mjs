// End to end: a resident on a phone (320 px) with JavaScript disabled and an Arabic browser opens
// an event's short link, lands on its page in Arabic, sends the sign-up form with a mistake, sees
// the error beside the field with the answers kept, fixes it, gets the confirmation page with the
// manage link, and finds the Arabic confirmation email in the dev mailbox. With JavaScript on, the
// widget takes the form's place in the page's language and signs up through the API; with the
// loader blocked, or the event's read failing, the plain form stays and still signs up. Texts come
// from the catalogues, not copied.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../support/browser.mjs";
import { querySql, startStack } from "../support/local-stack.mjs";
import { openMessage } from "./dev-mailbox.mjs";

const workerPort = 8901;

const catalogue = (path) =>
  JSON.parse(readFileSync(new URL(`../../i18n/${path}`, import.meta.url), "utf8")).messages;
const ar = { ...catalogue("public/ar/common.json"), ...catalogue("public/ar/form.json") };
const arMail = catalogue("messages/ar.json");
const uk = {
  ...catalogue("public/uk/common.json"),
  ...catalogue("public/uk/form.json"),
  ...catalogue("public/uk/signup.json"),
};
const ukrainianTitle = "Мовне кафе: естонська для початківців";
const arabicTitle = "مقهى اللغة: الإستونية للمبتدئين";
/** The demo organisation keeps answers this many days; the consent box says so. */
const consentIn = (words, lang) =>
  words.consent[new Intl.PluralRules(lang).select(30)].replace(
    "{count}",
    new Intl.NumberFormat(lang).format(30),
  );
const consent = consentIn(ar, "ar");
const cafePage = "/demo-city/events/evt_demo_cafe_tue";
/** The widget's own form, in its shadow root; the page's plain form is the tag's light DOM. */
const widgetForm = 'hearth-signup form[part="form"]';
const plainForm = 'hearth-signup form[method="post"]';
const dist = path.resolve(import.meta.dirname, "../../dist");

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

/** A phone with JavaScript on, in `locale`, noting every Content-Security-Policy violation. */
async function phoneWithScripts(locale) {
  const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(`${event.effectiveDirective}: ${event.blockedURI}`),
    );
  });
  return { context, page: await context.newPage() };
}

/** The sign-ups of the demo café under `email`, from the stack's own D1. */
const signUpsOf = (email) =>
  querySql(
    stack.persistTo,
    `SELECT name, locale, status FROM registrations WHERE event_id = 'evt_demo_cafe_tue' AND email = '${email}'`,
  );

test("with JavaScript, in Ukrainian at 320 px: the widget takes the form's place and signs up", async () => {
  const { context, page } = await phoneWithScripts("uk");
  const scripts = new Set();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin === stack.url && url.pathname.endsWith(".js")) scripts.add(url.pathname);
  });
  const response = await page.goto(`${stack.url}${cafePage}`);
  assert.equal(await page.locator("html").getAttribute("lang"), "uk");

  // The widget, in the page's language, in place of the plain form (kept, hidden, in its tag).
  await page.locator(widgetForm).waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('hearth-signup [part="base"]').getAttribute("lang"), "uk");
  assert.equal(await page.locator(plainForm).count(), 1);
  assert.equal(await page.locator(plainForm).isVisible(), false);
  // One title, one sign-up heading: the page's, not the widget's again.
  assert.equal(await page.getByRole("heading", { name: ukrainianTitle }).count(), 1);
  assert.equal(await page.getByRole("heading", { name: uk.signupHeading }).count(), 1);
  const form = page.locator(widgetForm);
  for (const field of [form.getByLabel(uk.name), form.getByRole("button", { name: uk.submit })]) {
    const box = await field.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `fits: ${JSON.stringify(box)}`);
  }

  await form.getByLabel(uk.name).fill("Оксана");
  await form.getByLabel(uk.email).fill("oksana@example.org");
  await form.getByLabel(consentIn(uk, "uk")).check();
  await page.waitForTimeout(1600);
  await form.getByRole("button", { name: uk.submit }).click();
  // The widget's own confirmation, on the same page: no receipt page for this path.
  await page
    .locator("hearth-signup .result-title")
    .filter({ hasText: uk.confirmed })
    .waitFor({ timeout: 10_000 });
  assert.equal(new URL(page.url()).pathname, cafePage);
  assert.match(
    await page
      .locator("hearth-signup")
      .getByRole("link", { name: uk.manageLink })
      .getAttribute("href"),
    /\/manage\/\?registration=reg_\w+#token=/,
  );
  assert.deepEqual(signUpsOf("oksana@example.org"), [
    { name: "Оксана", locale: "uk", status: "confirmed" },
  ]);
  assert.deepEqual(await page.evaluate(() => window.violations), []);

  // Well under 50 KB on a cheap phone: the page and every script it ran, gzip.
  const html = gzipSync(await response.body(), { level: 9 }).length;
  const code = [...scripts].reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
    0,
  );
  assert.ok(scripts.has("/embed.js"), [...scripts].join(" "));
  assert.ok(html + code < 50 * 1024, `page ${html} B + ${scripts.size} scripts ${code} B`);
  await context.close();
});

/** With scripts on but the widget unable to help, the plain form signs up on its own. */
async function plainFormSignsUp(page, name, email) {
  const form = page.locator(plainForm);
  await form.getByLabel(ar.name).fill(name);
  await form.getByLabel(ar.email).fill(email);
  await form.getByLabel(consent).check();
  await page.waitForTimeout(1600);
  await form.getByRole("button", { name: ar.submit }).click();
  await page.getByRole("heading", { name: ar.confirmed }).waitFor({ timeout: 10_000 });
  assert.match(page.url(), /\/signed-up\?receipt=/);
  assert.equal(signUpsOf(email).length, 1);
}

test("with JavaScript but /embed.js blocked: the plain form is the page, and signs up", async () => {
  const { context, page } = await phoneWithScripts("ar");
  await context.route("**/embed.js", (route) => route.abort());
  await page.goto(`${stack.url}${cafePage}`);
  assert.equal(await page.locator(plainForm).isVisible(), true);
  assert.equal(await page.locator(widgetForm).count(), 0);
  await plainFormSignsUp(page, "سلمى", "salma@example.org");
  await context.close();
});

test("with JavaScript but the event's read failing: the widget keeps the plain form shown", async () => {
  const { context, page } = await phoneWithScripts("ar");
  await context.route(/\/api\/v1\/orgs\/demo-city\/events\/evt_demo_cafe_tue(\?|$)/, (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: "{}" }),
  );
  await page.goto(`${stack.url}${cafePage}`);
  // The widget's code ran and upgraded the tag (its shadow root exists), yet the form shows.
  await page.waitForFunction(() => document.querySelector("hearth-signup")?.shadowRoot !== null);
  await page.waitForTimeout(500);
  assert.equal(await page.locator(plainForm).isVisible(), true);
  assert.equal(await page.locator(widgetForm).count(), 0);
  await plainFormSignsUp(page, "رنا", "rana@example.org");
  await context.close();
});

test("with JavaScript on a slow line: answers typed before the widget is ready are kept", async () => {
  const { context, page } = await phoneWithScripts("ar");
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await context.route(
    /\/api\/v1\/orgs\/demo-city\/events\/evt_demo_cafe_tue(\?|$)/,
    async (route) => {
      await released;
      await route.continue();
    },
  );
  await page.goto(`${stack.url}${cafePage}`);
  await page.waitForFunction(() => document.querySelector("hearth-signup")?.shadowRoot !== null);
  // The reader starts on the plain form while the event is still on its way.
  await page.locator(plainForm).getByLabel(ar.name).fill("هدى");
  release();
  await page.waitForResponse(/evt_demo_cafe_tue\?/);
  await page.waitForTimeout(500);
  assert.equal(await page.locator(plainForm).isVisible(), true);
  assert.equal(await page.locator(plainForm).getByLabel(ar.name).inputValue(), "هدى");
  assert.equal(await page.locator(widgetForm).count(), 0);
  await context.close();
});
