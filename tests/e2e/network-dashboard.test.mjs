// End to end: a network's owner invites with a link shown once; a member leaves the network and
// its events leave the catalogue at once; it joins again with the new link, by keyboard alone,
// and its events come back. Real worker, real local D1 (demo seed: Demo Region with Demo City,
// Welcome Bridge and Open Kitchen), Debian's Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";
import { tabTo } from "./keyboard.mjs";

const workerPort = 8829;
const password = "demo-organiser-2026";

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

/** Demo City's events in Demo Region's public catalogue, as they are now (no cached answer). */
async function demoCityInCatalogue() {
  const response = await fetch(
    `${stack.url}/api/v1/networks/demo-region/events?organiser=demo-city`,
    { headers: { "Cache-Control": "no-cache" } },
  );
  assert.equal(response.status, 200);
  const { events } = await response.json();
  return events.filter((event) => event.organiser.slug === "demo-city").length;
}

async function signIn(email) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${stack.url}/admin/`, { waitUntil: "networkidle" });
  await page.getByLabel("Email").first().fill(email);
  await page.getByLabel("Password").first().fill(password);
  await page.getByRole("button", { name: "Sign in" }).first().click();
  await page.getByRole("navigation").getByRole("link", { name: "Network" }).click();
  await page.getByRole("heading", { level: 1, name: "Network" }).waitFor();
  return { context, page };
}

test("a network invites with a link; a member leaves, its events go; it joins again by keyboard and they come back", async () => {
  assert.ok((await demoCityInCatalogue()) > 0, "Demo City's events are in Demo Region's catalogue");

  const network = await signIn("network@demo-region.example");
  const members = network.page.getByRole("list", { name: "Organisations in your network" });
  await members.getByRole("heading", { name: "Demo City" }).waitFor();
  await network.page.getByLabel("Who is the link for?").fill("Demo City again");
  await network.page.getByRole("button", { name: "Create link" }).click();
  const shownOnce = network.page.getByRole("link", { name: /\/admin\/#\/networks\/join\// });
  await shownOnce.waitFor();
  const link = await shownOnce.getAttribute("href");
  assert.match(link, /^http:\/\/127\.0\.0\.1:8829\/admin\/#\/networks\/join\/[A-Za-z0-9_-]{20,}$/);
  const openLink = network.page
    .getByRole("list", { name: "Links not used yet" })
    .getByRole("button", { name: /Withdraw.*Demo City again/ });
  await openLink.waitFor();

  const member = await signIn("organiser@demo-city.example");
  const joined = member.page.getByRole("list", { name: "Networks you joined" });
  await joined.getByRole("heading", { name: "Demo Region" }).waitFor();
  await member.page.getByRole("button", { name: /^Leave.*Demo Region/ }).click();
  await member.page.getByText("Leave Demo Region?").waitFor();
  await member.page.getByRole("button", { name: /^Yes, leave.*Demo Region/ }).click();
  await member.page.getByText("You left Demo Region.").waitFor();
  assert.equal(await demoCityInCatalogue(), 0, "Demo City's events left the catalogue at once");

  // The link, opened by the member's owner; the join itself by keyboard alone.
  await member.page.goto(link);
  await member.page
    .getByText("Demo Region invites Demo City to list its events in its catalogue.")
    .waitFor();
  await member.page.getByText("never the people who signed up", { exact: false }).waitFor();
  await tabTo(member.page, (focus) => focus.tag === "button" && focus.text === "Join", "Join");
  await member.page.keyboard.press("Enter");
  await member.page.getByText("Demo City joined Demo Region.").waitFor();
  assert.ok((await demoCityInCatalogue()) > 0, "Demo City's events are back in the catalogue");

  // The network sees Demo City again, and the link is used up.
  await network.page.reload({ waitUntil: "networkidle" });
  await members.getByRole("heading", { name: "Demo City" }).waitFor();
  assert.equal(await openLink.count(), 0, "the link is used up");

  // A used link is dead: opened again, it says so and what to do.
  await member.page.goto(`${stack.url}/admin/#/events`);
  await member.page.goto(link);
  await member.page.getByText("Ask the network for a new link.").waitFor();

  await network.context.close();
  await member.context.close();
});
