// End to end: the first screens the worker draws for the events and visits lists (and an event
// opened on the events list, with its form; a visit opened on the visits list, with its group's
// and a host's forms), the sign-up form, a festival (and its tickets' form inside it), a cook's
// application and the volunteer form. A page in Arabic on another origin, under a strict CSP, on
// a 320 px phone, embeds all six; their code is held back, as on a slow line, so the worker's
// first screens show alone;
// then the widgets take them over: the same words in the same places, the person's focus,
// unfolded day, pressed title, answers typed kept; a sign-up sent on its first screen is booked
// by the worker before the widget's code has come, and the widget takes its confirmation over.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchChromium } from "../support/browser.mjs";
import { querySql, startStack } from "../support/local-stack.mjs";
import { allowOriginSql, serveHostPage, strictHostCsp } from "../support/static-host.mjs";
import { openMessage } from "./dev-mailbox.mjs";
import { describeFocus, tabTo } from "./keyboard.mjs";

const workerPort = 8834;
const hostPort = 8835;
// A second website of the organisation: a person's manage page on it.
const managePort = 8836;

let stack;
let host;
let browser;

before(async () => {
  stack = await startStack({
    port: workerPort,
    // The sign-up form takes sign-ups from this page.
    setupSql: [
      allowOriginSql(`http://127.0.0.1:${hostPort}`),
      allowOriginSql(`http://127.0.0.1:${managePort}`),
    ],
  });
  host = await serveHostPage({
    port: hostPort,
    headers: strictHostCsp(stack.url),
    html: `<!doctype html>
<html lang="ar" dir="rtl">
  <head><meta charset="utf-8"><title>المدينة</title></head>
  <body>
    <script type="module" src="${stack.url}/embed.js"></script>
    <hearth-events org="demo-city"></hearth-events>
    <hearth-visits org="demo-city"></hearth-visits>
    <hearth-signup org="demo-city" event="evt_demo_cafe_tue"></hearth-signup>
    <hearth-festival org="demo-city" festival="evt_demo_vao_kitchen"></hearth-festival>
    <hearth-cook-apply org="demo-city" festival="evt_demo_vao_kitchen"></hearth-cook-apply>
    <hearth-volunteer org="demo-city"></hearth-volunteer>
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

/**
 * A phone on the Arabic page with the widgets' own code held back until `letThrough()`. Fails the
 * test on any error on the page (a CSP refusal among them).
 */
async function phoneWithCodeHeld() {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  let letThrough;
  const held = new Promise((resolve) => (letThrough = resolve));
  await page.route(
    /\/chunks\/(events|visits|signup|festival|cook-apply|volunteer)-[\w-]+\.js$/,
    async (route) => {
      await held;
      await route.continue();
    },
  );
  await page.goto(host.url);
  return { context, page, errors, letThrough };
}

/** The parts of a list compared: each card's, count's and filter's text and box. */
const listParts = '[part="card"], [part="status"], select';

/**
 * The parts of a form compared: its headings, each label, control and button, its status (not
 * what only the worker draws for the browser: a form's hidden default button).
 */
const formParts =
  'h2, h3, label, legend, input:not([type=hidden]), textarea, summary, button:not([aria-hidden="true"]), [part="status"]';

/** Each part's text and box in `tag`, and whether the worker drew them. */
const shown = (page, tag, parts = listParts) =>
  page.evaluate(
    ({ tag, parts }) => {
      const root = document.querySelector(tag).shadowRoot;
      // Within the element: a widget above it on the page may change height meanwhile.
      const origin = document.querySelector(tag).getBoundingClientRect();
      const boxOf = (element) => {
        const box = element.getBoundingClientRect();
        const edges = [box.x - origin.x, box.y - origin.y, box.width, box.height];
        return edges.map(Math.round).join(" ");
      };
      return {
        firstScreen: root?.querySelector("[data-first-screen]") !== null,
        dir: root?.querySelector('[part="base"]')?.getAttribute("dir"),
        parts: [...(root?.querySelectorAll(parts) ?? [])].map(
          // As shown (folded days left out), and every word (folded days too; the drawings differ
          // only in whitespace between elements, which a browser does not show).
          (element) =>
            `${element.innerText.replace(/\s+/g, " ").trim()} | ` +
            `${element.textContent.replace(/\s+/g, "")} @ ${boxOf(element)}`,
        ),
      };
    },
    { tag, parts },
  );

const takenOver = (page, tag) =>
  page.waitForFunction(
    (tag) => !document.querySelector(tag).shadowRoot.querySelector("[data-first-screen]"),
    tag,
  );

test("the events list: the worker's first screen shows before the widget's code, and the widget takes it over in place with the focus", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  await page.locator('hearth-events [data-first-screen] [part="card"]').first().waitFor();
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-events")), undefined);
  const drawnByWorker = await shown(page, "hearth-events");
  assert.equal(drawnByWorker.dir, "rtl");
  assert.ok(drawnByWorker.parts.length >= 3, "the first page's cards and filters");
  assert.match(drawnByWorker.parts.join("\n"), /مقهى اللغة/);

  // A person reaches the second event by keyboard before the widget is there.
  const titles = await page
    .locator("hearth-events [data-first-screen] .title-button")
    .allTextContents();
  const second = titles[1].trim();
  await tabTo(page, (focus) => focus.tag === "button" && focus.text === second, "the second event");

  letThrough();
  await takenOver(page, "hearth-events");
  // The same words in the same places: nothing jumps when the widget takes over.
  assert.deepEqual(await shown(page, "hearth-events"), { ...drawnByWorker, firstScreen: false });
  assert.equal((await describeFocus(page)).text, second, "focus stays on the event reached");
  await page.keyboard.press("Enter");
  const detailTitle = page.locator("hearth-events .detail-title");
  await detailTitle.waitFor();
  assert.equal((await detailTitle.textContent()).trim(), second);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an event opened on the events list's first screen: its details and its form before the widget's code, Back, a sign-up booked there, and the widget takes the details over with the form kept", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("hearth-events [data-first-screen]");
  const title = screen.locator(".title-button").first();
  await title.waitFor();
  const event = (await title.textContent()).trim();
  // Opened by keyboard: its details, the focus on its title, then its form.
  await title.focus();
  await page.keyboard.press("Enter");
  await screen.locator(".detail-title").waitFor({ timeout: 15_000 });
  assert.equal((await describeFocus(page)).text, event, "focus on the details' title");
  const form = page.locator("hearth-events hearth-signup [data-first-screen] form[data-sends]");
  await form.waitFor({ timeout: 15_000 });
  // Back: the list as it was, the focus on the event's title.
  await screen.locator(".back").click();
  await screen.locator(".title-button").first().waitFor();
  assert.equal((await describeFocus(page)).text, event, "focus back on the event's title");
  await page.keyboard.press("Enter");
  await form.waitFor({ timeout: 15_000 });
  const details = '[part="detail"] > :not(hearth-signup)';
  const drawnByWorker = await shown(page, "hearth-events", details);
  assert.equal(drawnByWorker.dir, "rtl");
  assert.match(drawnByWorker.parts.join("\n"), /مقهى اللغة/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `nothing wider than the phone (${width} px)`);

  const name = `سلمى ${Date.now()}`;
  await form.locator("#name").fill(name);
  await form.locator("#consent").check();
  await page.waitForTimeout(2_000);
  await form.locator("#name").press("Enter");
  const inForm = page.locator("hearth-events hearth-signup");
  await inForm.locator("[data-first-screen] .result-title").waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-events")), undefined);
  const rowsOf = () =>
    querySql(stack.persistTo, `SELECT status FROM registrations WHERE name = '${name}'`);
  assert.deepEqual(rowsOf(), [{ status: "confirmed" }]);
  await page.evaluate(() => {
    const root = document.querySelector("hearth-events").shadowRoot;
    root.querySelector("hearth-signup").dataset.probe = "the first screen's";
  });

  letThrough();
  await takenOver(page, "hearth-events");
  // The widget opened the same event: the same words in the same places.
  assert.deepEqual(await shown(page, "hearth-events", details), {
    ...drawnByWorker,
    firstScreen: false,
  });
  await page.waitForFunction(() => {
    const form = document.querySelector("hearth-events").shadowRoot.querySelector("hearth-signup");
    return (
      window.customElements.get("hearth-signup") &&
      !form.shadowRoot.querySelector("[data-first-screen]")
    );
  });
  const kept = await page.evaluate(() => {
    const form = document.querySelector("hearth-events").shadowRoot.querySelector("hearth-signup");
    return {
      element: form.dataset.probe,
      booked: form.shadowRoot.querySelector(".result-title") !== null,
      focus: form.shadowRoot.activeElement?.className,
    };
  });
  assert.deepEqual(kept, { element: "the first screen's", booked: true, focus: "result-title" });
  assert.deepEqual(rowsOf(), [{ status: "confirmed" }], "booked once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the visits list: a day unfolded and a title pressed on the first screen carry over to the widget", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const firstCard = page.locator('hearth-visits [data-first-screen] [part="card"]').first();
  await firstCard.waitFor();
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-visits")), undefined);
  await firstCard.locator("summary").click();
  const drawnByWorker = await shown(page, "hearth-visits");
  assert.equal(drawnByWorker.dir, "rtl");
  assert.match(drawnByWorker.parts.join("\n"), /زيارة/);

  letThrough();
  await takenOver(page, "hearth-visits");
  assert.deepEqual(await shown(page, "hearth-visits"), { ...drawnByWorker, firstScreen: false });
  const day = page.locator('hearth-visits [part="card"] details').first();
  assert.equal(await day.evaluate((details) => details.open), true, "the day stays unfolded");
  assert.equal((await describeFocus(page)).tag, "summary", "focus stays on its summary");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a visit opened on the visits list's first screen: its page and its group form before the widget's code, seats booked there, and the widget takes the page over with the form kept", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("hearth-visits [data-first-screen]");
  const title = screen.locator(".title-button").first();
  await title.waitFor();
  const visit = (await title.textContent()).trim();
  const visitId = await title.getAttribute("data-event");
  await title.focus();
  await page.keyboard.press("Enter");
  await screen.locator(".detail-title").waitFor({ timeout: 15_000 });
  assert.equal((await describeFocus(page)).text, visit, "focus on the visit's title");
  // "Book seats for a group", by keyboard: its form unfolds, drawn by the worker.
  const groupWay = screen.locator('[data-choice="visitor"] > button');
  await groupWay.focus();
  await page.keyboard.press("Enter");
  assert.equal(await groupWay.getAttribute("aria-expanded"), "true");
  const form = page.locator(
    "hearth-visits hearth-visit-group-form [data-first-screen] form[data-sends]",
  );
  await form.waitFor({ timeout: 15_000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `nothing wider than the phone (${width} px)`);

  // The host page listens, as an integration would.
  await page.evaluate(() => {
    window.heard = [];
    document.addEventListener("hearth-registered", (event) =>
      window.heard.push(event.detail.eventId),
    );
  });
  const name = `فاطمة ${Date.now()}`;
  await form.locator("#adults").fill("3");
  await form.locator("#pickupPointId").selectOption({ index: 1 });
  await form.locator("#name").fill(name);
  await form.locator("#consent").check();
  await page.waitForTimeout(2_000);
  await form.locator("#name").press("Enter");
  const inForm = page.locator("hearth-visits hearth-visit-group-form");
  await inForm.locator("[data-first-screen] .result-title").waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-visits")), undefined);
  const rowsOf = () =>
    querySql(stack.persistTo, `SELECT adults, status FROM registrations WHERE name = '${name}'`);
  assert.deepEqual(rowsOf(), [{ adults: 3, status: "confirmed" }]);
  const heardWhenBooked = await page.evaluate(() => window.heard);
  assert.equal(heardWhenBooked.length, 1, "the host page heard the booking at once");
  await page.evaluate(() => {
    const root = document.querySelector("hearth-visits").shadowRoot;
    root.querySelector("hearth-visit-group-form").dataset.probe = "the first screen's";
  });
  /** The group form's outcome as shown: its text and where each part of it is. */
  const outcome = () =>
    page.evaluate(() => {
      const form = document
        .querySelector("hearth-visits")
        .shadowRoot.querySelector("hearth-visit-group-form");
      const top = form.getBoundingClientRect().top;
      return [...form.shadowRoot.querySelectorAll('[role="status"] > *')].map((part) => {
        const box = part.getBoundingClientRect();
        return `${part.textContent.replace(/\s+/g, "")} @ ${Math.round(box.top - top)} ${Math.round(box.height)}`;
      });
    });
  const bookedByWorker = await outcome();
  assert.match(bookedByWorker.join("\n"), /[\u0600-\u06FF]/);
  const pageParts = '[part="detail"] > :not(.take-part), [part="choice"] > :not(div)';
  const drawnByWorker = await shown(page, "hearth-visits", pageParts);
  assert.equal(drawnByWorker.dir, "rtl");
  assert.match(drawnByWorker.parts.join("\n"), /زيارة/);

  letThrough();
  await takenOver(page, "hearth-visits");
  // The widget opened the same visit, the same way unfolded: the same words in the same places.
  assert.deepEqual(await shown(page, "hearth-visits", pageParts), {
    ...drawnByWorker,
    firstScreen: false,
  });
  await page.waitForFunction(() => {
    const form = document
      .querySelector("hearth-visits")
      .shadowRoot.querySelector("hearth-visit-group-form");
    return (
      window.customElements.get("hearth-visit-group-form") &&
      !form.shadowRoot.querySelector("[data-first-screen]")
    );
  });
  const kept = await page.evaluate(() => {
    const form = document
      .querySelector("hearth-visits")
      .shadowRoot.querySelector("hearth-visit-group-form");
    return {
      element: form.dataset.probe,
      booked: form.shadowRoot.querySelector(".result-title") !== null,
      focus: form.shadowRoot.activeElement?.className,
    };
  });
  assert.deepEqual(kept, { element: "the first screen's", booked: true, focus: "result-title" });
  assert.deepEqual(await outcome(), bookedByWorker, "the same outcome in the same places");
  assert.deepEqual(await page.evaluate(() => window.heard), heardWhenBooked, "and only once");
  assert.deepEqual(heardWhenBooked, [visitId]);
  assert.deepEqual(rowsOf(), [{ adults: 3, status: "confirmed" }], "booked once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a host's way on a visit opened on the first screen: its form read once unfolded, refused and then booked there before the widget's code, and the widget takes the booking over", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("hearth-visits [data-first-screen]");
  const title = screen.locator(".title-button").first();
  await title.waitFor();
  await title.click();
  await screen.locator(".detail-title").waitFor({ timeout: 15_000 });
  const hostWay = screen.locator('[data-choice="host"] > button');
  await hostWay.focus();
  await page.keyboard.press("Enter");
  assert.equal(await hostWay.getAttribute("aria-expanded"), "true");
  const form = page.locator(
    "hearth-visits hearth-visit-host-form [data-first-screen] form[data-sends]",
  );
  await form.waitFor({ timeout: 15_000 });
  assert.equal(await screen.locator(".way-loading").count(), 0, "the form replaced the line");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `nothing wider than the phone (${width} px)`);

  const name = `مزرعة ${Date.now()}`;
  const stop = await form.locator("#slotId option:not([disabled])").nth(1).getAttribute("value");
  await form.locator("#slotId").selectOption(stop);
  await form.locator("#name").fill(name);
  await form.locator("#consent").check();
  await page.waitForTimeout(2_000);
  // Without what they offer: refused beside it, in Arabic, the focus there.
  await form.locator('button[type="submit"]').click();
  const offerError = form.locator("#offer-error");
  await offerError.waitFor({ timeout: 15_000 });
  assert.match(await offerError.textContent(), /[\u0600-\u06FF]/);
  await form.locator("#offer").fill("جولة في البستان");
  await form.locator('button[type="submit"]').click();
  const inForm = page.locator("hearth-visits hearth-visit-host-form");
  await inForm.locator("[data-first-screen] .result-title").waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-visits")), undefined);
  const rowsOf = () =>
    querySql(
      stack.persistTo,
      `SELECT slot_id AS slotId, offer, status FROM registrations WHERE name = '${name}'`,
    );
  assert.deepEqual(rowsOf(), [{ slotId: stop, offer: "جولة في البستان", status: "confirmed" }]);

  letThrough();
  await takenOver(page, "hearth-visits");
  await page.waitForFunction(() => {
    const form = document
      .querySelector("hearth-visits")
      .shadowRoot.querySelector("hearth-visit-host-form");
    return (
      window.customElements.get("hearth-visit-host-form") &&
      form &&
      !form.shadowRoot.querySelector("[data-first-screen]")
    );
  });
  const kept = await page.evaluate(() => {
    const root = document.querySelector("hearth-visits").shadowRoot;
    const form = root.querySelector("hearth-visit-host-form");
    return {
      unfolded: root.querySelector('[data-choice="host"] > button').getAttribute("aria-expanded"),
      booked: form.shadowRoot.querySelector(".result-title")?.textContent.trim().length > 0,
    };
  });
  assert.deepEqual(kept, { unfolded: "true", booked: true });
  assert.equal(rowsOf().length, 1, "booked once");
  // The deliberate refusal's 422 is the browser's own console line; nothing else.
  assert.deepEqual(
    errors.filter((error) => !/status of 422/.test(error)),
    [],
  );
  await context.close();
});

test("a title pressed on the first screen opens once the widget has come", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const title = page.locator("hearth-visits [data-first-screen] .title-button").first();
  const visit = (await title.textContent()).trim();
  await title.click();
  letThrough();
  const detailTitle = page.locator("hearth-visits .detail-title");
  await detailTitle.waitFor({ timeout: 15_000 });
  assert.equal((await detailTitle.textContent()).trim(), visit);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [tag, words] of [
  ["hearth-signup", /مقهى اللغة/],
  ["hearth-cook-apply", /اطبخ/],
  ["hearth-volunteer", /نوبات/],
]) {
  test(`<${tag}>: the worker's form shows before the widget's code, and the widget takes it over in place`, async () => {
    const { context, page, errors, letThrough } = await phoneWithCodeHeld();
    await page.locator(`body > ${tag} [data-first-screen] form`).waitFor();
    assert.equal(await page.evaluate((tag) => window.customElements.get(tag), tag), undefined);
    const drawnByWorker = await shown(page, tag, formParts);
    assert.equal(drawnByWorker.dir, "rtl");
    assert.match(drawnByWorker.parts.join("\n"), words);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `nothing wider than the phone (${width} px)`);

    // Nothing typed yet: the widget draws the same form in the same place.
    letThrough();
    await takenOver(page, tag);
    assert.deepEqual(await shown(page, tag, formParts), { ...drawnByWorker, firstScreen: false });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a sign-up sent on the first screen is booked before the widget's code has come, and the widget takes the confirmation over", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("body > hearth-signup [data-first-screen]");
  await screen.locator("form").waitFor();
  const name = `مريم ${Date.now()}`;
  await screen.locator("#name").fill(name);
  await screen.locator("#adults").fill("2");
  // Long enough for the server's fill-time check, timed from when the first screen showed.
  await page.waitForTimeout(2_000);
  // Sent by keyboard without the consent: the worker says what to fix, beside the box, in Arabic.
  await screen.locator("#name").press("Enter");
  const consentError = screen.locator("#consent-error");
  await consentError.waitFor();
  assert.match(await consentError.textContent(), /[\u0600-\u06FF]/);
  assert.equal(await screen.locator("#consent").getAttribute("aria-invalid"), "true");
  assert.equal((await describeFocus(page)).tag, "input", "focus on the box to tick");
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  const booked = screen.locator(".result-title");
  await booked.waitFor({ timeout: 15_000 });
  assert.equal(new URL(page.url()).search, "", "the browser did not send the form itself");
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-signup")), undefined);
  const rowsOf = () =>
    querySql(stack.persistTo, `SELECT adults, status FROM registrations WHERE name = '${name}'`);
  assert.deepEqual(rowsOf(), [{ adults: 2, status: "confirmed" }]);
  const resultParts = '[part="status"] > *';
  const drawnByWorker = await shown(page, "hearth-signup", resultParts);
  assert.match(drawnByWorker.parts.join("\n"), /[\u0600-\u06FF]/);

  letThrough();
  await takenOver(page, "hearth-signup");
  assert.deepEqual(await shown(page, "hearth-signup", resultParts), {
    ...drawnByWorker,
    firstScreen: false,
  });
  assert.equal((await describeFocus(page)).tag, "h3", "focus stays on the outcome");
  assert.deepEqual(rowsOf(), [{ adults: 2, status: "confirmed" }], "booked once");
  // The browser logs the refusal's 422 itself, as it does the widget's; nothing else went wrong.
  assert.deepEqual(
    errors.filter((error) => !/status of 422/.test(error)),
    [],
  );
  await context.close();
});

test("a festival: its details and its tickets' form show before the widget's code; a ticket booked there stays the widget's, in the same element, with the focus", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  await page.locator('hearth-festival [data-first-screen] [part="details"]').waitFor();
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-festival")), undefined);
  const details = '[part="details"] > *';
  const drawnByWorker = await shown(page, "hearth-festival", details);
  assert.equal(drawnByWorker.dir, "rtl");
  assert.match(drawnByWorker.parts.join("\n"), /مطبخ فاو/);
  // The tickets' form, the sign-up's own first screen inside the festival's: it sends itself.
  const tickets = page.locator("hearth-festival hearth-signup [data-first-screen]");
  await tickets.locator("form[data-sends]").waitFor();
  assert.equal(await tickets.locator("h2").count(), 0, "the festival's title is above, not again");
  const name = `ضيف ${Date.now()}`;
  await tickets.locator("#name").fill(name);
  await tickets.locator("#consent").check();
  await page.waitForTimeout(2_000);
  await tickets.locator("#name").press("Enter");
  await tickets.locator(".result-title").waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-festival")), undefined);
  const rowsOf = () =>
    querySql(stack.persistTo, `SELECT slot_id, status FROM registrations WHERE name = '${name}'`);
  const booked = [{ slot_id: "slt_demo_vao_tickets", status: "confirmed" }];
  assert.deepEqual(rowsOf(), booked);
  // The first screen's element is marked, to be found again (a new one would not be).
  const outcome = (mark = false) =>
    page.evaluate((mark) => {
      const form = document
        .querySelector("hearth-festival")
        .shadowRoot.querySelector("hearth-signup");
      if (mark) form.dataset.probe = "the first screen's";
      return {
        element: form.dataset.probe,
        text: form.shadowRoot.querySelector('[role="status"]').innerText,
        focus: form.shadowRoot.activeElement?.className,
      };
    }, mark);
  const bookedOnFirstScreen = await outcome(true);
  assert.match(bookedOnFirstScreen.text, /[\u0600-\u06FF]/);
  assert.equal(bookedOnFirstScreen.focus, "result-title");

  letThrough();
  await takenOver(page, "hearth-festival");
  assert.deepEqual(await shown(page, "hearth-festival", details), {
    ...drawnByWorker,
    firstScreen: false,
  });
  await page.waitForFunction(() => {
    const form = document
      .querySelector("hearth-festival")
      .shadowRoot.querySelector("hearth-signup");
    return (
      window.customElements.get("hearth-signup") &&
      !form.shadowRoot.querySelector("[data-first-screen]")
    );
  });
  // The same element, its confirmation now the widget's, the focus where it was.
  assert.deepEqual(await outcome(), bookedOnFirstScreen);
  assert.deepEqual(rowsOf(), booked, "booked once");
  // The rest follows below the same details: the menu, drawn by the widget.
  await page.locator('hearth-festival [part="dish"]').first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a cook's application: every step sent on the first screens before the widget's code, by keyboard, then sent; the widget takes over where the cook is; the mail comes in Arabic", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("hearth-cook-apply [data-first-screen]");
  await screen.locator("form").waitFor();
  const widgetDefined = () =>
    page.evaluate(() => window.customElements.get("hearth-cook-apply") !== undefined);
  const stamp = Date.now();
  const name = `أمينة ${stamp}`;
  const email = `cook-${stamp}@example.org`;
  /** Presses Next (or Send) by keyboard; resolves once the worker's next screen is in place. */
  const next = async (expected) => {
    await screen.locator("button.next, button.send").first().focus();
    await page.keyboard.press("Enter");
    await screen.locator(".progress-text", { hasText: expected }).waitFor();
    // Focus on the new screen's title (or, once sent, where the application stands).
    assert.equal((await describeFocus(page)).tag, "h3");
  };
  await screen.locator("#displayName").fill(name);
  await screen.locator("#consent").check();
  await next("الخطوة 2 من 9");
  await screen.locator("#email").fill(email);
  await next("الخطوة 3 من 9");
  await next("الخطوة 4 من 9");
  await screen.locator("button.add").click();
  await screen.locator("#dish-0-name").fill("منسف");
  await screen.locator("#dish-0-price").fill("٤٫٥٠".replace("٫", ","));
  await next("الخطوة 5 من 9");
  await screen.locator("#dish-0-allergens-none").check();
  await next("الخطوة 6 من 9");
  await next("الخطوة 7 من 9");
  await next("الخطوة 8 من 9");
  await screen.locator("#hygiene-planned").check();
  await next("الخطوة 9 من 9");
  await screen.locator("#consentPublic").check();
  await next("راجع");
  assert.ok((await screen.locator(".review").innerText()).includes("منسف"));
  await next("تم إرسال");
  assert.equal(await widgetDefined(), false, "all of it before the widget's code");
  const rows = querySql(
    stack.persistTo,
    `SELECT status, email FROM cook_applications WHERE display_name = '${name}'`,
  );
  assert.deepEqual(rows, [{ status: "submitted", email }]);

  // The widget comes: where the application stands, as the worker said it.
  letThrough();
  await takenOver(page, "hearth-cook-apply");
  await page.locator("hearth-cook-apply .application-status .state").waitFor();
  assert.deepEqual(errors, []);

  // The mail that it was received, in Arabic.
  const mail = await context.newPage();
  await openMessage(mail, stack.url, email, /وصلنا طلبك/);
  assert.match(await mail.locator("pre").innerText(), /شكرًا لتقديم طلب الطبخ/);
  await context.close();
});

test("a cook's application: the widget comes on the second step and carries on there, with what was typed", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("hearth-cook-apply [data-first-screen]");
  const name = `Amina ${Date.now()}`;
  await screen.locator("#displayName").fill(name);
  await screen.locator("#consent").check();
  await screen.locator("button.next").click();
  await screen.locator("#phone").fill("+372 5555 1234");
  letThrough();
  await takenOver(page, "hearth-cook-apply");
  const phone = page.locator("hearth-cook-apply #phone");
  assert.equal(await phone.inputValue(), "+372 5555 1234");
  await page.locator("hearth-cook-apply button.next").click();
  await page.locator("hearth-cook-apply #cuisine").waitFor();
  const rows = querySql(
    stack.persistTo,
    `SELECT status, phone FROM cook_applications WHERE display_name = '${name}'`,
  );
  assert.deepEqual(rows, [{ status: "draft", phone: "+372 5555 1234" }]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the volunteer form: a shift that asks nothing, sent on the first screen, is signed up before the widget's code has come, and the widget takes that over", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("hearth-volunteer [data-first-screen]");
  await screen.locator("form").waitFor();
  await screen
    .locator('input[name="shiftIds"]:not(:disabled):not([data-widget-sends])')
    .first()
    .check();
  const name = `Lena ${Date.now()}`;
  await screen.locator("#name").fill(name);
  await screen.locator('input[name="languages"][value="uk"]').check();
  await screen.locator("#consent").check();
  await screen.locator('button[type="submit"]').click();
  await screen.locator("#result-title").waitFor({ timeout: 15_000 });
  assert.equal(await page.evaluate(() => window.customElements.get("hearth-volunteer")), undefined);
  const rowsOf = () =>
    querySql(stack.persistTo, `SELECT languages FROM volunteers WHERE name = '${name}'`);
  assert.equal(rowsOf().length, 1);
  assert.match(rowsOf()[0].languages, /uk/);
  const resultParts =
    '[part="status"] h2, [part="status"] p, [part="status"] a, [part="status"] button';
  const drawnByWorker = await shown(page, "hearth-volunteer", resultParts);
  assert.match(drawnByWorker.parts.join("\n"), /[\u0600-\u06FF]/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `nothing wider than the phone (${width} px)`);
  letThrough();
  await takenOver(page, "hearth-volunteer");
  assert.deepEqual(await shown(page, "hearth-volunteer", resultParts), {
    ...drawnByWorker,
    firstScreen: false,
  });
  assert.equal(rowsOf().length, 1, "signed up once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the volunteer form: a kitchen shift (it asks for food-hygiene training) sent on the first screen waits for the widget, which asks and sends it", async () => {
  const { context, page, errors, letThrough } = await phoneWithCodeHeld();
  const screen = page.locator("hearth-volunteer [data-first-screen]");
  await screen.locator("form").waitFor();
  await screen.locator('input[name="shiftIds"][data-widget-sends]:not(:disabled)').first().check();
  const name = `Taras ${Date.now()}`;
  await screen.locator("#name").fill(name);
  await screen.locator("#consent").check();
  await screen.locator('button[type="submit"]').click();
  letThrough();
  await takenOver(page, "hearth-volunteer");
  // The widget asks what the role needs before it signs anyone up.
  const declaration = page.locator("hearth-volunteer #foodHygiene");
  await declaration.waitFor({ timeout: 15_000 });
  await declaration.check();
  await page.locator('hearth-volunteer button[type="submit"]').click();
  await page.locator("hearth-volunteer #result-title").waitFor({ timeout: 15_000 });
  const rows = querySql(stack.persistTo, `SELECT id FROM volunteers WHERE name = '${name}'`);
  assert.equal(rows.length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a manage page: the person's sign-up shows before the widget's code; Cancel asks, and cancels there; the widget says the same", async () => {
  const manageOrigin = `http://127.0.0.1:${managePort}`;
  const signedUp = await fetch(
    `${stack.url}/api/v1/orgs/demo-city/events/evt_demo_cafe_tue/registrations`,
    {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: manageOrigin,
        "Idempotency-Key": crypto.randomUUID(),
      },
      body: JSON.stringify({
        slotId: "slt_demo_cafe_tue",
        adults: 2,
        children: 0,
        name: `فرح ${Date.now()}`,
        locale: "ar",
        consent: true,
        fillMs: 5000,
      }),
    },
  );
  assert.equal(signedUp.status, 201);
  const { registration } = await signedUp.json();
  const token = new URL(registration.manageUrl).hash.replace("#token=", "");
  const page2 = await serveHostPage({
    port: managePort,
    headers: strictHostCsp(stack.url),
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My sign-up</title></head>
  <body><script type="module" src="${stack.url}/embed.js"></script>
  <hearth-booking registration="${registration.id}" token="${token}"></hearth-booking></body></html>`,
  });
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
    let letThrough;
    const held = new Promise((resolve) => (letThrough = resolve));
    await page.route(/\/chunks\/booking-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(page2.url);
    const screen = page.locator("hearth-booking [data-first-screen]");
    await screen.locator("#booking-heading").waitFor();
    // In the language its person signed up in (the page says nothing), not the page's English.
    assert.equal(await screen.getAttribute("lang"), "ar");
    assert.equal(await page.evaluate(() => window.customElements.get("hearth-booking")), undefined);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `nothing wider than the phone (${width} px)`);
    // By keyboard: Cancel, then "Yes, cancel".
    await screen.locator("button.cancel").focus();
    await page.keyboard.press("Enter");
    assert.equal((await describeFocus(page)).tag, "p", "focus on the question");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await screen.locator(".outcome").waitFor({ timeout: 15_000 });
    const rowsOf = () =>
      querySql(stack.persistTo, `SELECT status FROM registrations WHERE id = '${registration.id}'`);
    assert.deepEqual(rowsOf(), [{ status: "cancelled" }]);
    const parts = '[part="status"], [part="card"] > *';
    const drawnByWorker = await shown(page, "hearth-booking", parts);
    assert.match(drawnByWorker.parts.join("\n"), /[\u0600-\u06FF]/);

    letThrough();
    await takenOver(page, "hearth-booking");
    assert.deepEqual(await shown(page, "hearth-booking", parts), {
      ...drawnByWorker,
      firstScreen: false,
    });
    assert.equal((await describeFocus(page)).tag, "p", "focus stays on the outcome");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await page2.close();
  }
});
