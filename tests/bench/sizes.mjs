// Gzip sizes: the loader alone, and every script the browser fetched before <hearth-events>
// showed its first event on a host page of another origin.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../support/browser.mjs";
import { serveHostPage } from "../support/static-host.mjs";

const dist = path.resolve(import.meta.dirname, "../../dist");
const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export async function measureSizes({ workerUrl, hostPort, firstEventTitle }) {
  const host = await serveHostPage({
    port: hostPort,
    html: `<!doctype html><html lang="en"><body>
      <script type="module" src="${workerUrl}/embed.js"></script>
      <hearth-events org="demo-city"></hearth-events></body></html>`,
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const scripts = new Set();
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (url.origin === workerUrl && url.pathname.endsWith(".js")) scripts.add(url.pathname);
    });
    await page.goto(host.url);
    await page.getByText(firstEventTitle).first().waitFor({ timeout: 15_000 });
    const files = [...scripts].map((pathname) => ({
      file: pathname,
      gzipBytes: gzipBytes(path.join(dist, pathname)),
    }));
    return {
      loaderGzipBytes: gzipBytes(path.join(dist, "embed.js")),
      firstRenderGzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
      firstRenderFiles: files,
    };
  } finally {
    await browser.close();
    await host.close();
  }
}
