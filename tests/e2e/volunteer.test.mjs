// End to end: a volunteer signs up for two shifts on the demo site, is refused a third that
// overlaps them, and the coordinator sees the shift board change. Real worker, real local D1 with
// the demo seed (Vao Kitchen shifts), Debian's Chromium.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8801;

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

async function boardTaken(shiftId) {
  const response = await fetch(`${stack.url}/api/v1/orgs/demo-city/shifts`);
  const { shifts } = await response.json();
  return shifts.find((shift) => shift.id === shiftId)?.taken;
}

test("a volunteer takes two shifts, is refused an overlapping third, and the coordinator's board changes", async () => {
  const coordinator = await browser.newPage();
  await coordinator.goto(`${stack.url}/admin/`, { waitUntil: "networkidle" });
  await coordinator.getByLabel("Email").first().fill("organiser@demo-city.example");
  await coordinator.getByLabel("Password").first().fill("demo-organiser-2026");
  await coordinator.getByRole("button", { name: "Sign in" }).first().click();
  await coordinator
    .getByRole("button", { name: "New event" })
    .or(coordinator.getByRole("link", { name: "New event" }))
    .first()
    .waitFor();
  await coordinator.goto(`${stack.url}/admin/#/events/evt_demo_vao_kitchen/shifts?org=demo-city`);
  const kitchenRow = coordinator.getByRole("row", { name: /Kitchen help/ });
  await kitchenRow.waitFor({ timeout: 10_000 });
  assert.doesNotMatch((await kitchenRow.textContent()) ?? "", /1 of 4/);

  const volunteer = await browser.newPage();
  await volunteer.goto(`${stack.url}/demo/volunteer.html`);
  const widget = volunteer.locator("hearth-volunteer");
  await widget.getByRole("checkbox", { name: /Morning set-up/ }).check();
  await widget.getByRole("checkbox", { name: /Kitchen, first half/ }).check();
  await widget.getByLabel("Your name").first().fill("Liis");
  await widget.getByLabel("I have done food-hygiene training").check();
  await widget.getByRole("checkbox", { name: /I agree/ }).check();
  await volunteer.waitForTimeout(300);
  await widget.getByRole("button", { name: "Sign up for these shifts" }).click();
  await widget.getByText("You're signed up for 2 shifts").first().waitFor({ timeout: 10_000 });
  assert.equal(await boardTaken("slt_demo_vao_kitchen_1"), 1);

  const manage = await widget.getByRole("link", { name: "My shifts" }).getAttribute("href");
  assert.match(manage ?? "", /\/volunteer\/\?volunteer=vol_\w+&org=demo-city#token=[\w-]+$/);
  await volunteer.goto(manage);
  await widget.getByText("Kitchen, first half").first().waitFor({ timeout: 10_000 });
  const interpreting = widget.getByRole("checkbox", { name: /Interpreting/ });
  await interpreting.check();
  await widget.getByText("This overlaps another of your shifts.").first().waitFor();

  // The server refuses it too, whatever a client sends.
  const url = new URL(manage);
  const token = url.hash.replace("#token=", "");
  const id = url.searchParams.get("volunteer");
  const refused = await fetch(`${stack.url}/api/v1/volunteers/${id}/shifts`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      Origin: stack.url,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ shiftIds: ["slt_demo_vao_interpreter"] }),
  });
  assert.equal(refused.status, 422);
  assert.equal(await boardTaken("slt_demo_vao_interpreter"), 0);

  await coordinator.reload();
  await kitchenRow.getByText("1 of 4").waitFor({ timeout: 10_000 });
  const setupRow = coordinator.getByRole("row", { name: /Set-up and clean-up/ });
  await setupRow.getByText("1 of 6").waitFor();
});
