// End to end: a caseworker books a group on a host-community visit on the demo site, an
// interpreter signs up, the organiser sees the language gap close on the needs board and prints
// the day manifest. Real worker, real local D1 with the demo seed, Debian's Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8799;
const visitTitle = /Visit to Lahemaa/;

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

async function openVisit(choice) {
  const page = await browser.newPage();
  await page.goto(`${stack.url}/demo/visits.html`);
  await page.getByRole("button", { name: visitTitle }).click();
  await page.getByRole("button", { name: choice }).click();
  return page;
}

/** The newest dev-mailbox message to `recipient`, opened, as its text; fails after ~20 s. */
async function readMessage(page, recipient) {
  for (let tries = 0; tries < 40; tries++) {
    await page.goto(`${stack.url}/dev/mailbox`);
    const row = page.locator("tr").filter({ hasText: recipient });
    if ((await row.count()) > 0) {
      await row.first().getByRole("link").first().click();
      return page.locator("body").innerText();
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`No message to ${recipient} arrived in the dev mailbox`);
}

/** People take a moment to read; the server refuses forms sent faster than 1.5 s. */
const readingTime = (page) => page.waitForTimeout(1600);

test("a caseworker books a group, an interpreter closes the language gap, the organiser prints the manifest", async () => {
  const caseworker = await openVisit("Book seats for a group or family");
  await caseworker.getByLabel("Adults").fill("3");
  await caseworker.getByLabel("Children").fill("2");
  const pickup = caseworker.getByLabel("Pick-up point");
  const vao = await pickup
    .locator("option", { hasText: "Vao accommodation centre" })
    .first()
    .getAttribute("value");
  await pickup.selectOption(vao ?? "");
  await caseworker
    .getByRole("group", { name: /Languages the group speaks/ })
    .getByLabel("العربية")
    .check();
  await caseworker.getByLabel("Contact person for the day").fill("Kadri (caseworker)");
  await caseworker.getByLabel("Phone of the contact person").fill("+372 5550 2000");
  await caseworker.getByLabel("Email (optional)").fill("kadri@vao.example.org");
  await caseworker.getByLabel(/I agree/).check();
  await readingTime(caseworker);
  await caseworker.getByRole("button", { name: "Book the seats" }).click();
  await caseworker.getByText("Booked! See you on the day.").waitFor({ timeout: 10_000 });

  // The confirmation tells the group where and when the bus picks them up, and the day.
  const mail = await browser.newPage();
  const message = await readMessage(mail, "kadri@vao.example.org");
  assert.match(message, /Vao accommodation centre, Vao küla, Väike-Maarja, the bus leaves at \d/);
  assert.match(message, /The day/);

  const organiser = await browser.newPage();
  await organiser.goto(`${stack.url}/admin/`, { waitUntil: "networkidle" });
  await organiser.getByLabel("Email").first().fill("organiser@demo-city.example");
  await organiser.getByLabel("Password").first().fill("demo-organiser-2026");
  await organiser.getByRole("button", { name: "Sign in" }).first().click();
  await organiser
    .getByRole("button", { name: "New event" })
    .or(organiser.getByRole("link", { name: "New event" }))
    .first()
    .waitFor();
  await organiser.goto(`${stack.url}/admin/#/events/evt_demo_visit_lahemaa/needs?org=demo-city`);
  await organiser.getByText(/Gaps — no interpreter yet for:/).waitFor({ timeout: 10_000 });
  const gaps = await organiser.getByText(/Gaps — no interpreter yet for:/).textContent();
  assert.match(gaps ?? "", /Arabic/, "the group's Arabic is a gap before an interpreter signs up");

  // A host is told their stop, when the group arrives, and what they offered.
  const host = await openVisit("Host the group at a stop");
  await host.getByLabel("Which stop do you host?").selectOption({ index: 1 });
  await host.getByLabel("Your name or your organisation").fill("Palmse farm");
  await host.getByLabel("What will you show or offer the group?").fill("Tea and the farm's goats");
  await host.getByLabel("Email (optional)").fill("farm@palmse.example.org");
  await host.getByLabel(/I agree/).check();
  await readingTime(host);
  await host.getByRole("button", { name: "Offer to host" }).click();
  await host.getByText("Thank you! You are a host on this visit.").waitFor({ timeout: 10_000 });
  const hostMessage = await readMessage(mail, "farm@palmse.example.org");
  assert.match(hostMessage, /the group arrives at \d/);
  assert.match(hostMessage, /Tea and the farm's goats/);

  const interpreter = await openVisit("Interpret on the trip");
  await interpreter.getByLabel("Your name").fill("Hamid");
  const languages = interpreter.getByRole("group", { name: /Languages you interpret between/ });
  await languages.getByLabel("العربية").check();
  await languages.getByLabel("دری").check();
  await interpreter.getByLabel(/I agree/).check();
  await readingTime(interpreter);
  await interpreter.getByRole("button", { name: "Offer to interpret" }).click();
  await interpreter
    .getByText("Thank you! You interpret on this visit.")
    .waitFor({ timeout: 10_000 });

  await organiser.getByRole("button", { name: "Refresh" }).click();
  await organiser
    .getByText("Every language needed has an interpreter.")
    .waitFor({ timeout: 10_000 });

  await organiser.goto(`${stack.url}/admin/#/events/evt_demo_visit_lahemaa/manifest?org=demo-city`);
  await organiser.getByRole("button", { name: "Print manifest" }).waitFor({ timeout: 10_000 });
  for (const expected of [
    "Kadri (caseworker)",
    "+372 5550 2000",
    "Hamid",
    "Vao accommodation centre",
  ]) {
    await organiser.getByText(expected).first().waitFor();
  }
  await organiser.evaluate(() => {
    window.printed = 0;
    window.print = () => {
      window.printed++;
    };
  });
  await organiser.getByRole("button", { name: "Print manifest" }).click();
  assert.equal(
    await organiser.evaluate(() => window.printed),
    1,
    "the button opens the print dialog",
  );
  await organiser.emulateMedia({ media: "print" });
  const pdf = await organiser.pdf();
  assert.ok(pdf.length > 1000, "the manifest prints to a page");
});
