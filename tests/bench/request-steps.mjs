// How many requests stand one after another between embed.js and a widget's first API call: each
// request is one step after the latest-ending request that had finished before it started (what it
// may have waited for), so requests in flight together share a step. Read from Chromium's own
// network timestamps.

/**
 * Starts recording every request of `page` with its start and end (seconds, one clock); each
 * request takes `latencyMs` longer, so what one request waits for is plain in the timestamps.
 */
export async function recordRequests(page, { latencyMs = 0 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  if (latencyMs > 0) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: latencyMs,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  const byId = new Map();
  cdp.on("Network.requestWillBeSent", ({ requestId, request, timestamp }) => {
    byId.set(requestId, { url: request.url, method: request.method, start: timestamp });
  });
  cdp.on("Network.loadingFinished", ({ requestId, timestamp }) => {
    const entry = byId.get(requestId);
    if (entry) entry.end = timestamp;
  });
  return { list: () => [...byId.values()] };
}

const isApi = (url) => new URL(url).pathname.startsWith("/api/");

/**
 * The chain of requests to the worker from embed.js to the first API call, and its length in
 * steps (embed.js itself is step 0). CORS preflights (OPTIONS) are requests too and count.
 */
export function sequentialSteps(requests, workerUrl) {
  const own = requests
    .filter((request) => new URL(request.url).origin === workerUrl)
    .sort((a, b) => a.start - b.start);
  const embed = own.find((request) => new URL(request.url).pathname === "/embed.js");
  const firstApi = own.find((request) => isApi(request.url));
  if (!embed || !firstApi) return { toFirstApiCall: Number.NaN, chain: [] };
  const step = new Map([[embed, 0]]);
  const before = new Map();
  for (const request of own) {
    if (request === embed || request.start < embed.start) continue;
    const finished = own.filter(
      (other) => step.has(other) && other.end !== undefined && other.end <= request.start,
    );
    const previous = finished.reduce(
      (latest, other) => (latest && step.get(latest) >= step.get(other) ? latest : other),
      undefined,
    );
    step.set(request, previous ? step.get(previous) + 1 : 1);
    if (previous) before.set(request, previous);
    if (request === firstApi) break;
  }
  const chain = [];
  for (let request = firstApi; request; request = before.get(request)) {
    const url = new URL(request.url);
    chain.unshift(`${request.method === "GET" ? "" : `${request.method} `}${url.pathname}`);
  }
  return { toFirstApiCall: step.get(firstApi), chain };
}
