// End to end: a cook applies in Arabic on the demo site, an organiser approves the application and
// gives a stall, and the dish appears in the public menu filtered by "vegan". Real worker, real
// local D1 with the demo seed, Debian's Chromium.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { startStack } from "../support/local-stack.mjs";

const workerPort = 8800;
const festival = "evt_demo_vao_kitchen";
const dish = "فلافل بالطحينة";

let stack;
let browser;
/** The cook's manage link, kept from the application for the download-and-erase test. */
let manageUrl;

/** The Arabic words of a public catalogue, so the test follows the translation as it changes. */
const arabic = async (feature) =>
  JSON.parse(await readFile(new URL(`../../i18n/public/ar/${feature}.json`, import.meta.url)))
    .messages;

before(async () => {
  stack = await startStack({ port: workerPort });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/** One step of the application: answer, then "Save and continue" in Arabic. */
async function next(page) {
  await page.getByRole("button", { name: "احفظ وتابع" }).click();
}

test("a cook applies in Arabic, is approved and given a stall, and the dish shows on the vegan menu", async () => {
  const cook = await browser.newPage();
  await cook.goto(`${stack.url}/demo/festival.html?lang=ar`);
  const form = cook.locator("hearth-cook-apply");
  await form.getByLabel("بماذا نناديك؟").fill("سلمى");
  await form.getByRole("checkbox", { name: /أوافق/ }).check();
  await next(cook);
  manageUrl = await form.locator('[part="keep-link"] a').getAttribute("href");
  await form.getByLabel("البريد الإلكتروني").fill("salma@example.org");
  await next(cook);
  await next(cook); // cuisine is optional
  if ((await form.getByLabel("اسم الطبق").count()) === 0) {
    await form.getByRole("button", { name: "أضف طبقًا" }).click();
  }
  await form.getByLabel("اسم الطبق").first().fill(dish);
  await form.getByLabel("السعر باليورو").first().fill("3.50");
  await next(cook);
  await form.getByLabel("لا شيء من هذه").first().check();
  await next(cook);
  await form.getByLabel("نباتي صرف").first().check();
  await next(cook);
  await next(cook); // nothing needed at the stall
  await form.getByRole("radio", { name: "لا" }).check();
  await next(cook);
  await form.getByLabel(/اسمي/).first().check();
  await next(cook);
  await form.getByRole("button", { name: "أرسل طلبي" }).click();
  await form.getByText("تم الإرسال. سيراجعه المنظمون ويخبرونك.").waitFor({ timeout: 10_000 });

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

  await organiser.goto(`${stack.url}/admin/#/events/${festival}/cooks?org=demo-city`);
  const card = organiser.locator("hearth-admin-cook-card").filter({ hasText: "سلمى" });
  await card.getByRole("button", { name: "Approve" }).click();
  await organiser.getByRole("button", { name: "Approve and send" }).click();
  await card.getByText("Approved").first().waitFor({ timeout: 10_000 });

  await organiser.goto(`${stack.url}/admin/#/events/${festival}/stalls?org=demo-city`);
  const select = organiser.getByLabel("Stall for سلمى");
  await select.waitFor({ timeout: 10_000 });
  const stall = await select.locator("option", { hasText: "Stall 4" }).getAttribute("value");
  await select.selectOption(stall ?? "");
  await organiser
    .getByText("سلمى has stall Stall 4 now.")
    .first()
    .waitFor({ state: "attached", timeout: 10_000 });

  const visitor = await browser.newPage();
  const policyViolations = [];
  visitor.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
  });
  await visitor.goto(`${stack.url}/demo/festival.html`);
  const menu = visitor.locator("hearth-festival");
  // The demo pages forbid inline styles; the stall plan still stands on its grid. The boxes are
  // read in one go, from one layout: the menu loading above the plan moves it meanwhile.
  await menu.locator(".plan-stall", { hasText: "Stall 4" }).waitFor();
  const boxes = await menu.locator(".plan-stall").evaluateAll((stalls) =>
    stalls.map((stall) => {
      const { x, y, width, height } = stall.getBoundingClientRect();
      return { text: stall.textContent ?? "", x, y, width, height };
    }),
  );
  const stallBox = (name) => boxes.find((box) => box.text.includes(name)) ?? assert.fail(name);
  const [first, second, fourth] = ["Stall 1", "Stall 2", "Stall 4"].map(stallBox);
  assert.ok(second.x >= first.x + first.width, "stall 2 stands beside stall 1");
  assert.equal(second.y, first.y);
  assert.equal(fourth.x, first.x);
  assert.ok(fourth.y >= first.y + first.height, "stall 4 stands below stall 1");
  await menu.getByLabel("Vegan").first().check();
  await menu.getByText(dish).first().waitFor({ timeout: 10_000 });
  const dishes = await menu.locator("[part~='dish'], .dish, li").allTextContents();
  assert.ok(
    dishes.some((text) => text.includes(dish)),
    "the new dish is on the vegan menu",
  );
  assert.ok(
    !dishes.some((text) => text.includes("Kibbeh")),
    "dishes that are not vegan are filtered out",
  );
  assert.deepEqual(policyViolations, []);
});

test("the home page, the loader, its chunks and the demo pages carry the security headers", async () => {
  const strictPage = /default-src 'none';.*frame-ancestors 'none'/;
  const get = async (path) => {
    const response = await fetch(`${stack.url}${path}`);
    assert.equal(response.status, 200, path);
    return response;
  };
  const loader = await get("/embed.js");
  const chunk = /["']\.\/(chunks\/[\w.-]+\.js)["']/.exec(await loader.clone().text())?.[1];
  assert.ok(chunk, "the loader imports chunks");
  for (const path of ["/embed.js", `/${chunk}`, "/custom-elements.json"]) {
    assert.equal((await get(path)).headers.get("x-content-type-options"), "nosniff", path);
  }
  for (const path of ["/", "/demo/festival.html", "/manage/", "/signup/"]) {
    const headers = (await get(path)).headers;
    assert.match(headers.get("content-type") ?? "", /^text\/html/, path);
    assert.equal(headers.get("x-content-type-options"), "nosniff", path);
    assert.match(headers.get("content-security-policy") ?? "", strictPage, path);
    assert.ok(headers.get("referrer-policy"), `${path} sets a referrer policy`);
    assert.equal(headers.get("strict-transport-security"), null, `${path}: no HSTS on localhost`);
  }
});

test("the cook downloads everything held about them from the manage link, then erases it", async () => {
  assert.ok(manageUrl, "the application above kept its manage link");
  const [words, common] = [await arabic("mydata"), await arabic("common")];
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(manageUrl);
  const form = page.locator("hearth-cook-apply");
  await form.getByRole("heading", { name: words.myDataHeading }).waitFor({ timeout: 10_000 });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    form.getByRole("button", { name: words.download }).click(),
  ]);
  const held = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(held.application.displayName, "سلمى");
  assert.equal(held.application.email, "salma@example.org");
  assert.equal(held.application.stall.name, "Stall 4");
  assert.ok(JSON.stringify(held.application.dishes).includes(dish), "the export has the dish");

  await form.getByRole("button", { name: words.erase }).click();
  await form.getByText(words.eraseConfirmCook).waitFor();
  await form.getByRole("button", { name: words.eraseYes }).click();
  await form.getByText(common.erased).waitFor({ timeout: 10_000 });
  assert.equal(await form.getByText("سلمى").count(), 0, "the name is gone from the page");

  // The link now opens only the news that the data is erased; the dish and stall are free.
  await page.reload();
  await form.getByText(common.erased).waitFor({ timeout: 10_000 });
  const menu = await (
    await fetch(`${stack.url}/api/v1/orgs/demo-city/festivals/${festival}/menu`)
  ).json();
  assert.ok(!JSON.stringify(menu.dishes).includes(dish), "the dish left the menu");
  const stall = menu.stalls.find((candidate) => candidate.name === "Stall 4");
  assert.equal(stall?.cook ?? null, null, "stall 4 is free again");
});
