// End to end: the Demo Region network's catalogue on a Ukrainian host page of another origin, a
// website only the network allowed (not its members), on a 320 px phone. A resident sees the
// events of the region's organisations, narrows the list to one of them, opens Welcome Bridge's
// workshop and signs up: the sign-up lands in Welcome Bridge's roster and its confirmation, in
// Ukrainian, in the dev mailbox. Then the demo's region page in Arabic, right to left, fits 320 px.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { openMessage } from "./dev-mailbox.mjs";
import { querySql, startStack } from "../support/local-stack.mjs";
import { serveHostPage, strictHostCsp } from "../support/static-host.mjs";

const workerPort = 8827;
const hostPort = 8828;
const hostOrigin = `http://127.0.0.1:${hostPort}`;
const phone = { width: 320, height: 720 };

const catalogue = (path) =>
  JSON.parse(readFileSync(new URL(`../../i18n/${path}`, import.meta.url), "utf8")).messages;
const uk = {
  ...catalogue("public/uk/common.json"),
  ...catalogue("public/uk/events.json"),
  ...catalogue("public/uk/form.json"),
};
const ukMail = catalogue("messages/uk.json");
const ar = { ...catalogue("public/ar/common.json"), ...catalogue("public/ar/events.json") };
/** The seeded organisations of the Demo Region and the workshop Welcome Bridge runs. */
const organisers = ["Demo Region", "Demo City", "Welcome Bridge", "Open Kitchen Collective"];
const workshop = "Семінар з пошуку роботи: ваше резюме в Естонії";
const retentionDays = 30;
const consent = uk.consent[new Intl.PluralRules("uk").select(retentionDays)].replace(
  "{count}",
  String(retentionDays),
);
/** Without the marks that keep a name in its own direction. */
const plain = (text) => text.replace(/[\u2068\u2069]/g, "");

let stack;
let host;
let browser;

before(async () => {
  stack = await startStack({
    port: workerPort,
    // Only the network allows the host page: its members' sign-ups are taken there through it.
    setupSql: [
      `UPDATE organisations SET allowed_origins = json_insert(allowed_origins, '$[#]', '${hostOrigin}') WHERE slug = 'demo-region'`,
    ],
  });
  host = await serveHostPage({
    port: hostPort,
    headers: strictHostCsp(stack.url),
    html: `<!doctype html>
<html lang="uk">
  <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Події регіону</title></head>
  <body>
    <h1>Усі події регіону</h1>
    <script type="module" src="${stack.url}/embed.js"></script>
    <hearth-events network="demo-region"></hearth-events>
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

/** The organiser each card names, read from its byline, for the cards shown now. */
async function organisersShown(list) {
  const bylines = await list.locator('[part="card"] .organiser').allInnerTexts();
  return new Set(bylines.map((byline) => organisers.find((name) => plain(byline).includes(name))));
}

test("a resident on a phone finds Welcome Bridge's workshop in the region's catalogue and signs up with Welcome Bridge", async () => {
  const page = await browser.newPage({ viewport: phone });
  const pageErrors = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(host.url);

  const list = page.locator("hearth-events");
  await list.locator('[part="card"]').first().waitFor({ timeout: 15_000 });
  assert.equal(await list.locator('[part="base"]').getAttribute("lang"), "uk");
  // The first page is soonest first; more pages bring the other organisations' events.
  while ((await organisersShown(list)).size < 3) {
    const more = list.getByRole("button", { name: uk.loadMore });
    assert.ok(await more.count(), "fewer than 3 organisations' events in the whole catalogue");
    await more.click();
    await page.waitForTimeout(300);
  }
  assert.ok(!(await organisersShown(list)).has(undefined), "a card names no known organiser");
  assert.ok(await list.getByText(uk.networkFeatured).count(), "the featured fair is not marked");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), phone.width);

  // Narrowed to Welcome Bridge, by its label, as a keyboard or screen reader user reaches it.
  await list.getByLabel(uk.filterOrganiser).selectOption({ label: "Welcome Bridge" });
  const count = list.locator('[part="status"].count');
  await count.filter({ hasText: uk.networkCount.one.replace("{count}", "1") }).waitFor();
  assert.deepEqual([...(await organisersShown(list))], ["Welcome Bridge"]);

  await list.getByRole("button", { name: workshop }).click();
  const form = list.locator("hearth-signup");
  await form.getByLabel(uk.name).waitFor({ timeout: 10_000 });
  assert.equal(await form.getAttribute("org"), "welcome-bridge");
  const calendar = await list.locator("a[download]").getAttribute("href");
  assert.match(calendar, /\/orgs\/welcome-bridge\/events\/evt_demo_bridge_jobs\/calendar\.ics/);
  await form.getByLabel(uk.name).fill("Оксана");
  await form.getByLabel(uk.email).fill("oksana@example.org");
  await form.getByLabel(consent).check();
  // The form refuses answers sent faster than a person types them.
  await page.waitForTimeout(1600);
  await form.getByRole("button", { name: uk.submit }).click();
  await form.getByText(uk.confirmed).waitFor({ timeout: 10_000 });

  const roster = querySql(
    stack.persistTo,
    "SELECT o.slug, r.event_id AS eventId, r.status FROM registrations r JOIN organisations o ON o.id = r.organisation_id WHERE r.name = 'Оксана'",
  );
  assert.deepEqual(roster, [
    { slug: "welcome-bridge", eventId: "evt_demo_bridge_jobs", status: "confirmed" },
  ]);
  const mail = await browser.newPage();
  const subject = ukMail.confirmedSubject.replace("{event}", workshop);
  await openMessage(mail, stack.url, "oksana@example.org", subject);
  assert.equal(await mail.locator("h1").innerText(), subject);
  assert.deepEqual(pageErrors, []);
});

test("the demo's region page in Arabic reads right to left and fits a 320 px screen", async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(`${stack.url}/demo/region.html?lang=ar`);
  const list = page.locator("hearth-events");
  await list.locator('[part="card"]').first().waitFor({ timeout: 15_000 });
  const base = list.locator('[part="base"]');
  assert.equal(await base.getAttribute("dir"), "rtl");
  assert.equal(await base.getAttribute("lang"), "ar");
  await list.getByLabel(ar.filterOrganiser).waitFor();
  await list.getByLabel(ar.filterLanguage).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), phone.width);
});

test("Hearth's own sign-up page shows the network's catalogue for ?network=", async () => {
  const page = await browser.newPage({ viewport: phone });
  await page.goto(`${stack.url}/signup/?network=demo-region&lang=uk`);
  const list = page.locator("hearth-events");
  await list.locator('[part="card"]').first().waitFor({ timeout: 15_000 });
  assert.equal(await list.getAttribute("network"), "demo-region");
  const options = list.getByLabel(uk.filterOrganiser).locator("option");
  const choices = (await options.allTextContents()).map((choice) => choice.trim());
  for (const name of ["Welcome Bridge", "Open Kitchen Collective"])
    assert.ok(choices.includes(name));
});
