// The first event card on a cheap phone: Chromium with DevTools' Slow 4G network and a 4× slower
// CPU, `<hearth-events>` on a host page of another origin against a bare Lit element fetching the
// same JSON (tests/bench/bare-lit/), each a fresh browser context, runs alternating; medians.
import { createServer } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { launchChromium } from "../support/browser.mjs";
import { startHttp2Front } from "../support/http2-front.mjs";
import { recordRequests, sequentialSteps } from "./request-steps.mjs";

/** DevTools' "Slow 4G" preset, and its CPU throttling for a mid-range phone. */
const slow4g = {
  offline: false,
  latency: 562.5,
  downloadThroughput: (1.44 * 1_000_000) / 8,
  uploadThroughput: (675 * 1000) / 8,
};
const cpuSlowdown = 4;
export const slow4gGoal = 1.5;

/** The bare element, built and minified the way the widgets are (one file, Lit included). */
async function buildBareLit() {
  const output = await build({
    configFile: false,
    logLevel: "silent",
    root: path.resolve(import.meta.dirname, "bare-lit"),
    build: {
      write: false,
      target: "es2022",
      modulePreload: false,
      rolldownOptions: {
        input: path.resolve(import.meta.dirname, "bare-lit/bare-events.ts"),
        output: { entryFileNames: "bare-events.js" },
      },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result.output.find((file) => file.type === "chunk" && file.isEntry);
  return chunk.code;
}

/** The host page, and for the bare run the element's script, served gzipped like a CDN would. */
function serveHost({ port, pages, script }) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://localhost");
    const html = pages[url.pathname];
    if (html !== undefined) {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(html);
      return;
    }
    if (url.pathname === "/bare-events.js") {
      response.writeHead(200, {
        "Content-Type": "text/javascript; charset=utf-8",
        "Content-Encoding": "gzip",
        "Access-Control-Allow-Origin": "*",
      });
      response.end(gzipSync(script));
      return;
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/** Milliseconds from navigation to the first card on a throttled fresh page, and the requests. */
async function timeFirstCard(browser, url, selector) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requests = await recordRequests(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", slow4g);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    await page.goto(url, { waitUntil: "commit" });
    const shownAt = await page.waitForFunction(
      (selector) => {
        const find = (root) => {
          const found = root.querySelector(selector.inner);
          if (found) return found;
          for (const host of root.querySelectorAll(selector.host)) {
            const inner = host.shadowRoot?.querySelector(selector.inner);
            if (inner?.textContent.trim()) return inner;
          }
          return null;
        };
        return find(document) ? performance.now() : false;
      },
      selector,
      { polling: "raf", timeout: 60_000 },
    );
    return { ms: await shownAt.jsonValue(), requests: requests.list() };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Both pages reach the worker over HTTP/2, as browsers reach Cloudflare's edge
 * (`support/http2-front.mjs`), or with `http2: false` straight over `wrangler dev`'s HTTP/1.1.
 * @param {{ workerUrl: string, hostPort: number, runs?: number, lang?: string, http2?: boolean }} options
 */
export async function measureSlow4g({ workerUrl, hostPort, runs = 5, lang = "ar", http2 = true }) {
  const script = await buildBareLit();
  const front = http2 ? await startHttp2Front(workerUrl) : undefined;
  const apiUrl = front?.url ?? workerUrl;
  const page = (body) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Events</title></head><body>${body}</body></html>`;
  const host = await serveHost({
    port: hostPort,
    script,
    pages: {
      "/hearth": page(
        `<script type="module" src="${apiUrl}/embed.js"></script><hearth-events org="demo-city"></hearth-events>`,
      ),
      "/bare": page(
        `<script type="module" src="/bare-events.js"></script><bare-events api="${apiUrl}" org="demo-city" lang="${lang}"></bare-events>`,
      ),
    },
  });
  const browser = await launchChromium(front ? ["--ignore-certificate-errors"] : []);
  try {
    const hearth = [];
    const bare = [];
    let steps;
    for (let run = 0; run < runs; run++) {
      bare.push(
        (
          await timeFirstCard(browser, `${host.url}/bare`, {
            host: "bare-events",
            inner: "[part=card]",
          })
        ).ms,
      );
      const measured = await timeFirstCard(browser, `${host.url}/hearth`, {
        host: "hearth-events",
        inner: '[part="card"]',
      });
      hearth.push(measured.ms);
      steps ??= sequentialSteps(measured.requests, apiUrl);
    }
    return {
      protocol: front ? "HTTP/2" : "HTTP/1.1",
      lang,
      runs,
      network: slow4g,
      cpuSlowdown,
      bareLitGzipBytes: gzipSync(script, { level: 9 }).length,
      hearthMs: hearth.map(Math.round),
      bareLitMs: bare.map(Math.round),
      hearthMedianMs: Math.round(median(hearth)),
      bareLitMedianMs: Math.round(median(bare)),
      ratio: Number((median(hearth) / median(bare)).toFixed(2)),
      goal: slow4gGoal,
      steps,
    };
  } finally {
    await browser.close();
    await host.close();
    await front?.close();
  }
}

export function printSlow4g(result) {
  const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nFirst event card on Slow 4G (${result.network.latency} ms, 1.44 Mbps down) with a ${result.cpuSlowdown}× slower CPU, ${result.protocol}, reader language ${result.lang}, median of ${result.runs}`,
  );
  console.log(
    `  <hearth-events> ${seconds(result.hearthMedianMs)} (${result.hearthMs.join(", ")} ms); a bare Lit element (${(result.bareLitGzipBytes / 1024).toFixed(1)} KB gzip) ${seconds(result.bareLitMedianMs)} (${result.bareLitMs.join(", ")} ms)`,
  );
  console.log(
    `  ratio ${result.ratio} (goal ≤ ${result.goal}); requests in a row from embed.js to the API: ${result.steps.toFirstApiCall} (${result.steps.chain.join(" → ")})`,
  );
}
