// Gzip sizes: the loader alone, and for every public widget on a host page of another origin the
// scripts (and styles, and a first screen drawn by the worker) the browser fetched before the widget showed its first meaningful content and before its
// form was usable, in a reader language other than English, with the strings (the `/i18n/`
// catalogue chunks) counted apart; how many sequential requests led from embed.js to the widget's
// first API call; and the dashboard before its sign-in form.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Buffer } from "node:buffer";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../support/browser.mjs";
import { serveHostPage } from "../support/static-host.mjs";
import { publicWidgets } from "./public-widgets.mjs";
import { recordRequests, sequentialSteps } from "./request-steps.mjs";

const dist = path.resolve(import.meta.dirname, "../../dist");
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sum = (files) => files.reduce((total, file) => total + file.gzipBytes, 0);

/** Goals of issue 14, for every public widget. */
export const sizeGoals = { firstRenderGzipBytes: 12 * 1024, formGzipBytes: 20 * 1024, steps: 3 };

/** Languages with public catalogue chunks in the build: what a reader could be served. */
function builtLanguages() {
  const names = readdirSync(path.join(dist, "i18n"));
  return [...new Set(names.flatMap((name) => /^public-([a-z]+)-/.exec(name)?.[1] ?? []))];
}

/** `hearth-events [part="card"]` → the shadow hosts to enter, and the selector inside the last. */
function splitSelector(selector) {
  const words = selector.split(" ");
  const hosts = [];
  while (/^hearth-[a-z-]+$/.test(words[0])) hosts.push(words.shift());
  return { selector, hosts, inner: words.join(" ") };
}

/**
 * Before the page loads: notes the moment each selector first shows, from a `MutationObserver`
 * on the document and on every shadow root as it is attached — not by polling, which can miss a
 * first screen that stands only a few frames before the widget takes it over. Selectors in
 * `ownSelectors` count only in the widget's own drawing, or in a form on a first screen that
 * sends itself (`data-sends`, the sign-up's): another first screen's form can be filled in, but
 * it is sent by the widget's code.
 */
function watchFirstShown(page, selectors, ownSelectors = []) {
  return page.addInitScript(
    (watched) => {
      const shownAt = (window.__hearthShownAt = {});
      const check = () => {
        for (const { selector, hosts, inner, own } of watched) {
          if (selector in shownAt) continue;
          let root = document;
          for (const host of hosts) root = root?.querySelector(host)?.shadowRoot;
          const found = [...(root?.querySelectorAll(inner) ?? [])].find(
            (element) =>
              !own ||
              !element.closest("[data-first-screen]") ||
              element.closest("form[data-sends]") !== null,
          );
          if (found && found.getClientRects().length > 0) shownAt[selector] = performance.now();
        }
      };
      const observe = (node) =>
        new window.MutationObserver(check).observe(node, {
          childList: true,
          subtree: true,
          attributes: true,
        });
      const attachShadow = window.Element.prototype.attachShadow;
      window.Element.prototype.attachShadow = function (init) {
        const root = attachShadow.call(this, init);
        observe(root);
        return root;
      };
      observe(document);
    },
    [
      ...selectors.map((selector) => ({ ...splitSelector(selector), own: false })),
      ...ownSelectors.map((selector) => ({ ...splitSelector(selector), own: true })),
    ],
  );
}

/**
 * Waits until `selector` has shown (`watchFirstShown`), then lists what the widget needed from
 * the worker whose download had ended by that moment, as the page itself saw it (its resource
 * timing): scripts and styles from the build, and a first screen the worker drew
 * (`…/first-screen`: markup, not data, so it counts like code).
 */
async function scriptsWhenShown(page, selector, workerUrl) {
  const shown = await page.waitForFunction(
    ({ selector, origin }) => {
      const at = window.__hearthShownAt?.[selector];
      if (at === undefined) return false;
      return performance
        .getEntriesByType("resource")
        .filter((entry) => entry.responseEnd <= at)
        .map((entry) => new URL(entry.name))
        .filter(
          (url) =>
            url.origin === origin &&
            (/\.(js|css)$/.test(url.pathname) || url.pathname.endsWith("/first-screen")),
        )
        .map((url) => url.href);
    },
    { selector, origin: workerUrl },
    { polling: "raf", timeout: 15_000 },
  );
  return sizesOf(await shown.jsonValue());
}

/** A file of the build by its path, or a first screen as the worker answers it now. */
async function gzipBytesOf(url) {
  if (!url.pathname.endsWith("/first-screen")) return gzipBytes(path.join(dist, url.pathname));
  const response = await fetch(url);
  return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
}

/** What was fetched, by path, with gzip sizes and the strings among them. */
async function sizesOf(hrefs) {
  const urls = [...new Map(hrefs.map((href) => [new URL(href).pathname, new URL(href)])).values()];
  const files = await Promise.all(
    urls.map(async (url) => ({ file: url.pathname, gzipBytes: await gzipBytesOf(url) })),
  );
  const strings = files.filter((file) => file.file.startsWith("/i18n/"));
  return {
    gzipBytes: sum(files),
    files: files.length,
    stringsGzipBytes: sum(strings),
    stringFiles: strings.map((file) => file.file),
    fileList: files,
  };
}

async function measureWidget(browser, { workerUrl, hostPort, widget, lang, holdCode = true }) {
  const hostOrigin = `http://127.0.0.1:${hostPort}`;
  const markup = await widget.markup({ workerUrl, hostOrigin, lang });
  const host = await serveHostPage({
    port: hostPort,
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>
      <script type="module" src="${workerUrl}/embed.js"></script>
      ${markup}</body></html>`,
  });
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await watchFirstShown(page, [widget.firstRender], [widget.form.ready]);
    // A little latency on every request keeps the chain of requests plain in their timestamps.
    const requests = await recordRequests(page, { latencyMs: 50 });
    // A form opened on the first screen before the widget's code has come: that code waits.
    let letCodeThrough = () => undefined;
    if (widget.form.codeHeld && holdCode) {
      const held = new Promise((resolve) => (letCodeThrough = resolve));
      await page.route(widget.form.codeHeld, async (route) => {
        await held;
        await route.continue();
      });
    }
    await page.goto(host.url);
    const firstRender = await scriptsWhenShown(page, widget.firstRender, workerUrl);
    const steps = sequentialSteps(requests.list(), workerUrl);
    for (const click of widget.form.clicks ?? []) await page.locator(click).first().click();
    const form = await scriptsWhenShown(page, widget.form.ready, workerUrl);
    letCodeThrough();
    return {
      widget: widget.name,
      lang,
      firstRender,
      form: { ...form, codeHeld: Boolean(widget.form.codeHeld && holdCode) },
      steps,
    };
  } finally {
    await context.close();
    await host.close();
  }
}

/** Every script the dashboard fetched before its sign-in form showed (its own origin). */
async function dashboardFirstRender(browser, workerUrl) {
  const page = await browser.newPage();
  const scripts = new Set();
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin === workerUrl && url.pathname.endsWith(".js")) scripts.add(url.pathname);
  });
  await page.goto(`${workerUrl}/admin/`);
  await page.locator('input[type="password"]').first().waitFor({ timeout: 15_000 });
  await page.close();
  const files = [...scripts].map((pathname) => ({
    file: pathname,
    gzipBytes: gzipBytes(path.join(dist, pathname)),
  }));
  return { gzipBytes: sum(files), files: files.length };
}

/**
 * @param {{ workerUrl: string, hostPort: number, languages?: string[], eventsLanguages?: string[] }} options
 * `languages`: the reader languages every widget is measured in; `eventsLanguages`: more for
 * `<hearth-events>`, to show that the strings a reader fetches stay flat in the number of languages.
 */
export async function measureSizes({
  workerUrl,
  hostPort,
  languages = ["uk", "ar"],
  eventsLanguages = ["en"],
}) {
  const browser = await launchChromium();
  try {
    const widgets = [];
    for (const widget of publicWidgets) {
      const extra = widget.name === "events" ? eventsLanguages : [];
      for (const lang of [...extra, ...languages]) {
        const row = await measureWidget(browser, { workerUrl, hostPort, widget, lang });
        // A form opened on the first screen: and the widget's own, had its code come first.
        if (row.form.codeHeld) {
          const options = { workerUrl, hostPort, widget, lang, holdCode: false };
          row.widgetForm = (await measureWidget(browser, options)).form;
        }
        widgets.push(row);
      }
    }
    const dashboard = await dashboardFirstRender(browser, workerUrl);
    return {
      loaderGzipBytes: gzipBytes(path.join(dist, "embed.js")),
      languagesBuilt: builtLanguages().length,
      goals: sizeGoals,
      widgets,
      dashboardGzipBytes: dashboard.gzipBytes,
      dashboardFiles: dashboard.files,
    };
  } finally {
    await browser.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok) => (ok ? "ok" : "OVER");

/** The sizes part of the bench's summary. */
export function printSizes(sizes) {
  console.log("\nSizes (gzip -9)");
  console.log(`  embed.js loader: ${kb(sizes.loaderGzipBytes)} (target ≤ 4 KB)`);
  console.log(
    `  every public widget on a host page of another origin (${sizes.languagesBuilt} languages built; a reader fetches only theirs).`,
  );
  console.log(
    `  goals: first render ≤ ${kb(sizes.goals.firstRenderGzipBytes)}, form usable ≤ ${kb(sizes.goals.formGzipBytes)}, ≤ ${sizes.goals.steps} sequential requests from embed.js to the first API call`,
  );
  for (const row of sizes.widgets) {
    const first = row.firstRender;
    console.log(
      `    ${row.widget.padEnd(10)} ${row.lang.padEnd(3)} first render ${kb(first.gzipBytes).padStart(7)} in ${String(first.files).padStart(2)} files (strings ${kb(first.stringsGzipBytes)} in ${first.stringFiles.length}) ${mark(first.gzipBytes <= sizes.goals.firstRenderGzipBytes)}` +
        ` | form ${kb(row.form.gzipBytes).padStart(7)} in ${String(row.form.files).padStart(2)} files ${mark(row.form.gzipBytes <= sizes.goals.formGzipBytes)}` +
        (row.widgetForm
          ? ` (the first screen's, the widget's code held back; with that code let through: ${kb(row.widgetForm.gzipBytes)})`
          : "") +
        ` | ${row.steps.toFirstApiCall} steps to the API ${mark(row.steps.toFirstApiCall <= sizes.goals.steps)}`,
    );
  }
  console.log(
    `  dashboard sign-in shown: ${kb(sizes.dashboardGzipBytes)} in ${sizes.dashboardFiles} files (its editor, roster, festival, visit and volunteer pages load when opened)`,
  );
}
