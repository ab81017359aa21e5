// End to end: an organiser signs in to the dashboard, creates and publishes an event; a resident
// signs up through the widget on the demo site; the organiser sees them in the roster, checks
// them in and downloads the CSV. Real worker, real local D1, Debian's Chromium.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8793;
const eventTitle = `Winter language café ${Date.now()}`;

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

/** `YYYY-MM-DDTHH:MM` for a datetime-local input, `days` from now at `hour` (Tallinn time). */
function localDateTime(days, hour) {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Tallinn" }).format(date);
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

test("an organiser publishes an event, a resident signs up on the demo site, the organiser checks them in and exports the roster", async () => {
  const organiser = await browser.newContext({ acceptDownloads: true });
  const dashboard = await organiser.newPage();
  await dashboard.goto(`${stack.url}/admin/`, { waitUntil: "networkidle" });
  await dashboard.getByLabel("Email").first().fill("organiser@demo-city.example");
  await dashboard.getByLabel("Password").first().fill("demo-organiser-2026");
  await dashboard.getByRole("button", { name: "Sign in" }).first().click();

  await dashboard
    .getByRole("button", { name: "New event" })
    .or(dashboard.getByRole("link", { name: "New event" }))
    .first()
    .click();
  await dashboard
    .getByRole("group", { name: "Title" })
    .getByLabel(/English/)
    .fill(eventTitle);
  await dashboard.getByLabel("Starts").first().fill(localDateTime(4, 17));
  await dashboard.getByLabel("Ends").first().fill(localDateTime(4, 19));
  await dashboard.getByLabel("Places", { exact: true }).first().fill("12");
  await dashboard.getByRole("button", { name: "Create event" }).click();
  await dashboard.getByRole("button", { name: "Publish" }).click();
  await dashboard.getByText("Published. People can see the event now.").waitFor();

  const resident = await browser.newPage();
  await resident.goto(`${stack.url}/demo/`);
  await resident.getByRole("button", { name: eventTitle }).click();
  await resident.getByLabel("Your name").fill("Hodan");
  await resident.getByLabel(/I agree/).check();
  await resident.waitForTimeout(1600);
  await resident.getByRole("button", { name: "Sign up" }).click();
  await resident.getByText("You're in!").waitFor({ timeout: 10_000 });

  await dashboard
    .getByRole("link", { name: "Roster / check-in" })
    .or(dashboard.getByRole("button", { name: "Roster / check-in" }))
    .first()
    .click();
  const row = dashboard.getByRole("row", { name: /Hodan/ });
  await row.waitFor();
  await row.getByRole("button", { name: "Check in" }).click();

  await row.getByRole("button", { name: "Undo check-in" }).waitFor();
  await dashboard
    .getByText(/Checked in: Hodan/)
    .first()
    .waitFor({ state: "attached" });

  const [download] = await Promise.all([
    dashboard.waitForEvent("download"),
    dashboard.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  const csv = await readFile(await download.path(), "utf8");
  assert.ok(csv.startsWith("\uFEFFCode,Status,"), "the CSV starts with a BOM and the header");
  const hodan = csv.split("\r\n").find((line) => line.includes("Hodan"));
  assert.ok(hodan, "the resident is in the CSV");
  assert.match(hodan, /,confirmed,/);
  assert.match(
    hodan,
    /,\d{4}-\d{2}-\d{2}T[^,]+,\d{4}-\d{2}-\d{2}T[^,]+,$/,
    "signed up and checked in at",
  );
  await organiser.close();
});
