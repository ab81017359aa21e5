// End to end: an event asks a question of its own (required). On a host page of another origin,
// a person who sends the form without answering it is told so at the question; they answer in
// Arabic and get their place, and the answer is stored with the sign-up. Real worker, real local
// D1, Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { querySql, startStack } from "../support/local-stack.mjs";
import { allowOriginSql, serveHostPage, strictHostCsp } from "../support/static-host.mjs";

const workerPort = 8815;
const hostPort = 8816;
const hostOrigin = `http://127.0.0.1:${hostPort}`;
const eventId = "evt_demo_cafe_sat";

let stack;
let host;
let browser;

before(async () => {
  stack = await startStack({
    port: workerPort,
    setupSql: [
      allowOriginSql(hostOrigin),
      `INSERT INTO event_questions (id, organisation_id, event_id, position, kind, label, required, sensitive)
       VALUES ('qst_e2e_chair', 'org_demo_city', '${eventId}', 0, 'yes_no',
         '{"en":"Do you need a chair near the door?","ar":"هل تحتاج إلى كرسي قرب الباب؟"}', 1, 0)`,
    ],
  });
  host = await serveHostPage({
    port: hostPort,
    headers: strictHostCsp(stack.url),
    html: `<!doctype html>
<html lang="ar" dir="rtl">
  <head><meta charset="utf-8"><title>صفحة البلدية</title></head>
  <body>
    <script type="module" src="${stack.url}/embed.js"></script>
    <hearth-signup org="demo-city" event="${eventId}"></hearth-signup>
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

test("a required question of the organisers is asked, checked, and its answer kept with the sign-up", async () => {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 } });
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(host.url);

  const question = page.getByRole("group", { name: /هل تحتاج إلى كرسي قرب الباب؟/ });
  await question.waitFor({ timeout: 15_000 });
  await page.getByLabel("اسمك").fill("مريم");
  await page.getByRole("checkbox").last().check();
  await page.waitForTimeout(1600);
  const submit = page.locator("hearth-signup").getByRole("button").last();
  await submit.click();
  // Not answered: the form says so at the question, and nothing is sent.
  await question.getByRole("radio").first().waitFor();
  assert.equal(
    await question
      .getByRole("radio")
      .first()
      .evaluate((radio) => radio.getAttribute("aria-invalid")),
    "true",
  );
  assert.deepEqual(
    querySql(stack.persistTo, `SELECT id FROM registrations WHERE name = 'مريم'`),
    [],
  );

  await question.getByRole("radio").first().check();
  await submit.click();
  // "You're in!" in Arabic (i18n/public/ar/common.json, `confirmed`).
  await page.getByText("تم تسجيلك!").first().waitFor({ timeout: 10_000 });

  const answers = querySql(
    stack.persistTo,
    `SELECT a.question_id AS questionId, a.value FROM registration_answers a
       JOIN registrations r ON r.id = a.registration_id WHERE r.name = 'مريم'`,
  );
  assert.deepEqual(answers, [{ questionId: "qst_e2e_chair", value: "true" }]);
  assert.deepEqual(pageErrors, []);
});
