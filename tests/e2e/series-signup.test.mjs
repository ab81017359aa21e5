// End to end: the demo café repeats weekly and may be booked as a block. On a host page of
// another origin, in Ukrainian at 320 px, a person chooses "every date of the series", gets a
// place on each of the six dates (one registration per date, each with its own manage link), and
// one email lists the other dates. Real worker, real local D1, Chromium, the dev mailbox.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { querySql, startStack } from "../support/local-stack.mjs";
import { allowOriginSql, serveHostPage, strictHostCsp } from "../support/static-host.mjs";
import { openMessage } from "./dev-mailbox.mjs";

const workerPort = 8817;
const hostPort = 8818;
const hostOrigin = `http://127.0.0.1:${hostPort}`;
const catalogue = async (file) =>
  JSON.parse(await readFile(new URL(`../../i18n/public/uk/${file}`, import.meta.url), "utf8"))
    .messages;
const common = await catalogue("common.json");
const signup = await catalogue("signup.json");

let stack;
let host;
let browser;

before(async () => {
  stack = await startStack({ port: workerPort, setupSql: [allowOriginSql(hostOrigin)] });
  host = await serveHostPage({
    port: hostPort,
    headers: strictHostCsp(stack.url),
    html: `<!doctype html>
<html lang="uk">
  <head><meta charset="utf-8"><title>Сторінка міста</title></head>
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

test("a person books every date of a weekly series in one go, and one email lists the dates", async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(host.url);

  const everyDate = page.getByRole("radio", { name: signup.seriesEveryDate });
  await everyDate.waitFor({ timeout: 15_000 });
  await everyDate.check();
  const email = `olena-${Date.now()}@example.org`;
  await page.getByLabel(common.name).fill("Олена");
  await page.getByLabel(common.email).fill(email);
  await page.getByRole("checkbox").last().check();
  await page.waitForTimeout(1600);
  await page.locator("hearth-signup").getByRole("button").last().click();
  // "Ви записані на 6 дат!" (i18n/public/uk/signup.json, `seriesConfirmed`, many).
  await page
    .getByText(signup.seriesConfirmed.many.replace("{count}", "6"))
    .waitFor({ timeout: 15_000 });

  const booked = querySql(
    stack.persistTo,
    `SELECT r.status, e.series_id AS seriesId, r.event_id AS eventId FROM registrations r
       JOIN events e ON e.id = r.event_id WHERE r.email = '${email}' ORDER BY e.starts_at`,
  );
  assert.equal(booked.length, 6);
  assert.ok(
    booked.every((row) => row.status === "confirmed" && row.seriesId === "ser_demo_cafe_tue"),
  );
  assert.equal(new Set(booked.map((row) => row.eventId)).size, 6);

  const mail = await browser.newPage();
  await openMessage(mail, stack.url, email, /./);
  const body = await mail.locator("body").innerText();
  const manageLinks = body.match(/\/manage\/\?registration=reg_\w+/g) ?? [];
  assert.equal(new Set(manageLinks).size, 6, "the first date's link and the five others");
  assert.equal(
    querySql(
      stack.persistTo,
      `SELECT count(*) AS n FROM dev_mailbox WHERE recipient = '${email}'`,
    )[0].n,
    1,
  );
  assert.deepEqual(pageErrors, []);
});
