// End to end: a municipality page in Ukrainian (`<html lang="uk">`, on another origin) embeds the
// sign-up widget; a resident signs up and reads the confirmation, the calendar file and the
// email in the dev mailbox — all in Ukrainian. Texts are read from the catalogues, not copied.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";
import { allowOriginSql, serveHostPage, strictHostCsp } from "../support/static-host.mjs";

const workerPort = 8803;
const hostPort = 8804;
const hostOrigin = `http://127.0.0.1:${hostPort}`;

const catalogue = (path) =>
  JSON.parse(readFileSync(new URL(`../../i18n/${path}`, import.meta.url), "utf8")).messages;
const uk = { ...catalogue("public/uk/common.json"), ...catalogue("public/uk/form.json") };
const ukMail = catalogue("messages/uk.json");
const en = { ...catalogue("public/en/common.json"), ...catalogue("public/en/form.json") };
const ukrainianTitle = "Мовне кафе: естонська для початківців";
/** The demo organisation keeps answers this many days; the consent box says so. */
const retentionDays = 30;
/** A plural string as the widget shows it for `count`. */
const plural = (forms, lang, count) =>
  forms[new Intl.PluralRules(lang).select(count)].replace("{count}", String(count));
const consentIn = (words, lang) => plural(words.consent, lang, retentionDays);

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
<html lang="uk">
  <head><meta charset="utf-8"><title>Сторінка міста</title></head>
  <body>
    <h1>Мовне кафе</h1>
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

/** The newest dev-mailbox message to `recipient`, opened, or a clear failure after ~20 s. */
async function openMessage(page, recipient) {
  for (let tries = 0; tries < 40; tries++) {
    await page.goto(`${stack.url}/dev/mailbox`);
    const row = page.locator("tr").filter({ hasText: recipient });
    if ((await row.count()) > 0) {
      await row.first().getByRole("link").first().click();
      return;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`No message to ${recipient} arrived in the dev mailbox`);
}

test("a resident on a Ukrainian page signs up in Ukrainian and reads a Ukrainian confirmation", async () => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  const eventReads = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith("/events/evt_demo_cafe_tue")) {
      eventReads.push(request.url());
    }
  });
  await page.goto(host.url);

  const form = page.locator("hearth-signup");
  await form.getByLabel(uk.name).waitFor({ timeout: 15_000 });
  // embed.js starts the event's read beside the widget's code, in the page's language, and the
  // widget takes that answer: one read, not a second one a round trip later (a build that lost
  // the early read's `lang` once cost half a second on a slow phone).
  assert.equal(eventReads.length, 1, `the event was read ${eventReads.length} times`);
  assert.equal(new URL(eventReads[0]).searchParams.get("lang"), "uk");
  assert.equal(await form.locator('[part="base"]').getAttribute("lang"), "uk");
  await form.getByText(ukrainianTitle).waitFor();
  const shown = await form.locator('[part="base"]').innerText();
  for (const english of [en.name, en.email, consentIn(en, "en")]) {
    assert.ok(!shown.includes(english), `the English "${english}" is on the Ukrainian form`);
  }

  await form.getByLabel(uk.name).fill("Олена");
  await form.getByLabel(uk.email).fill("olena@example.org");
  await form.getByLabel(consentIn(uk, "uk")).check();
  await page.waitForTimeout(1600);
  await form.getByRole("button", { name: uk.submit }).click();
  await form.getByText(uk.confirmed).waitFor({ timeout: 10_000 });

  const mail = await browser.newPage();
  await openMessage(mail, "olena@example.org");
  const subject = await mail.locator("h1").innerText();
  assert.equal(subject, ukMail.confirmedSubject.replace("{event}", ukrainianTitle));
  const text = await mail.locator("pre").innerText();
  assert.ok(text.includes(ukMail.greeting.replace("{name}", "Олена")), text);
  assert.ok(text.includes(ukMail.confirmedHeading), text);
  const html = await mail.locator("iframe").getAttribute("srcdoc");
  assert.match(html, /<html lang="uk" dir="ltr">/);
  const attachment = await mail.locator('a[download$=".ics"]').first().getAttribute("href");
  // Calendar lines are folded at 75 octets: unfold before reading them.
  const calendar = (await (await fetch(new URL(attachment, stack.url))).text()).replace(
    /\r\n[ \t]/g,
    "",
  );
  assert.match(calendar, new RegExp(`SUMMARY;LANGUAGE=uk:${ukrainianTitle}`));
  assert.deepEqual(pageErrors, []);
});
