// Gzip sizes: the loader alone, and every script the browser fetched before <hearth-events>
// showed its first event on a host page of another origin — in several reader languages, with
// the strings (the `/i18n/` catalogue chunks) counted apart — and before <hearth-signup> showed
// its form.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../support/browser.mjs";
import { serveHostPage } from "../support/static-host.mjs";

const dist = path.resolve(import.meta.dirname, "../../dist");
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sum = (files) => files.reduce((total, file) => total + file.gzipBytes, 0);

/** Languages with public catalogue chunks in the build: what a reader could be served. */
function builtLanguages() {
  const names = readdirSync(path.join(dist, "i18n"));
  return [...new Set(names.flatMap((name) => /^public-([a-z]+)-/.exec(name)?.[1] ?? []))];
}

const eventsList = {
  markup: `<hearth-events org="demo-city"></hearth-events>`,
  ready: '[part="card"]',
};
/** The sign-up form, which checks its answers with the API's own contract (valibot) before sending. */
const signUpForm = {
  markup: `<hearth-signup org="demo-city" event="evt_demo_cafe_tue"></hearth-signup>`,
  ready: 'hearth-signup button[type="submit"]',
};

async function firstRender(browser, workerUrl, hostPort, lang, widget = eventsList) {
  const host = await serveHostPage({
    port: hostPort,
    html: `<!doctype html><html lang="${lang}"><body>
      <script type="module" src="${workerUrl}/embed.js"></script>
      ${widget.markup}</body></html>`,
  });
  try {
    const page = await browser.newPage();
    const scripts = new Set();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin === workerUrl && url.pathname.endsWith(".js")) scripts.add(url.pathname);
    });
    await page.goto(host.url);
    await page.locator(widget.ready).first().waitFor({ timeout: 15_000 });
    const files = [...scripts].map((pathname) => ({
      file: pathname,
      gzipBytes: gzipBytes(path.join(dist, pathname)),
    }));
    const strings = files.filter((file) => file.file.startsWith("/i18n/"));
    await page.close();
    return {
      lang,
      gzipBytes: sum(files),
      stringsGzipBytes: sum(strings),
      stringFiles: strings.map((file) => file.file),
      files,
    };
  } finally {
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

export async function measureSizes({ workerUrl, hostPort, languages = ["en", "uk", "ar"] }) {
  const browser = await launchChromium();
  try {
    const renders = [];
    for (const lang of languages)
      renders.push(await firstRender(browser, workerUrl, hostPort, lang));
    const english = renders.find((render) => render.lang === "en") ?? renders[0];
    const signUp = await firstRender(browser, workerUrl, hostPort, "en", signUpForm);
    const dashboard = await dashboardFirstRender(browser, workerUrl);
    return {
      dashboardGzipBytes: dashboard.gzipBytes,
      dashboardFiles: dashboard.files,
      signUpFormGzipBytes: signUp.gzipBytes,
      signUpFormFiles: signUp.files.length,
      loaderGzipBytes: gzipBytes(path.join(dist, "embed.js")),
      languagesBuilt: builtLanguages().length,
      firstRenderGzipBytes: english.gzipBytes,
      firstRenderFiles: english.files,
      firstRenderByLanguage: renders.map(({ files: _files, ...render }) => render),
    };
  } finally {
    await browser.close();
  }
}
